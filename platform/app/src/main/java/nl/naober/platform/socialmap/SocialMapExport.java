package nl.naober.platform.socialmap;

import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The social map as CSV, as far as the caller reads it, in name order (organisation data: no audit). */
@Service
@Transactional(readOnly = true)
class SocialMapExport {

    private final SocialMapEntryRepository entries;
    private final SocialMapService service;
    private final SocialMapCsv csv;

    SocialMapExport(SocialMapEntryRepository entries, SocialMapService service, SocialMapCsv csv) {
        this.entries = entries;
        this.service = service;
        this.csv = csv;
    }

    byte[] all() {
        java.util.Optional<java.util.Set<java.util.UUID>> readable = service.readableVillages();
        return csv.export(entries.findAll().stream().filter(e -> readable.map(e::servesAny).orElse(true))
                .sorted(Comparator.comparing((SocialMapEntry e) -> e.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(SocialMapEntry::id)).toList(), service.villageNames());
    }
}
