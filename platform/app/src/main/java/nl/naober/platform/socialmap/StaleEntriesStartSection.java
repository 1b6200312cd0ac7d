package nl.naober.platform.socialmap;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * The supporter's stale social-map entries on the start page's "Vandaag": those serving her
 * villages (or the whole municipality) not verified within the municipality's period, the longest
 * unverified first; a few as links, the rest behind the list's filter. Left out when there are none.
 */
@Component
class StaleEntriesStartSection implements StartPageSection {

    static final int SHOWN = 5;

    private final SocialMapService service;

    StaleEntriesStartSection(SocialMapService service) {
        this.service = service;
    }

    @Override
    public String template() {
        return "socialmap/start-stale";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.SUPPORTER || page.colleague().isEmpty()) {
            return Optional.empty();
        }
        List<SocialMapResponses.EntryView> stale = service.staleOfMine(page.colleague().get());
        return stale.isEmpty() ? Optional.empty()
                : Optional.of(new StaleEntries(stale.subList(0, Math.min(SHOWN, stale.size())), stale.size()));
    }

    /** The first stale entries and how many there are in all. */
    record StaleEntries(List<SocialMapResponses.EntryView> shown, int total) {
    }
}
