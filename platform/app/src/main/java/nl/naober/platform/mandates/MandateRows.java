package nl.naober.platform.mandates;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Component;

/** Mandates as the pages show them: with the names of the supporter and the villages instead of ids. */
@Component
class MandateRows {

    private final ColleagueDirectory colleagues;
    private final VillageDirectory villages;

    MandateRows(ColleagueDirectory colleagues, VillageDirectory villages) {
        this.colleagues = colleagues;
        this.villages = villages;
    }

    List<Row> of(List<MandateResponses.MandateView> mandates) {
        Map<UUID, String> supporters = colleagues.activeSupporters().stream()
                .collect(Collectors.toMap(Colleague::memberId, c -> c.firstName() + " " + c.lastName()));
        Map<UUID, String> names = villages.all().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        return mandates.stream().map(m -> new Row(m, supporters.get(m.supporterId()),
                m.villages().stream().map(id -> names.getOrDefault(id, id.toString())).sorted().toList())).toList();
    }

    Row of(MandateResponses.MandateView mandate) {
        return of(List.of(mandate)).getFirst();
    }

    /**
     * One mandate for a page.
     *
     * @param supporterName the supporter's name, {@code null} when she is no longer an active supporter
     */
    record Row(MandateResponses.MandateView mandate, String supporterName, List<String> villageNames) {
    }
}
