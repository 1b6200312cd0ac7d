package nl.naober.platform.mandates;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * "Mijn mandaten" on the supporter's start page: what she may do on the municipality's behalf,
 * where and until when. Only her valid and coming mandates; left out when she has none.
 */
@Component
class MandatesStartSection implements StartPageSection {

    private static final Set<String> SHOWN = Set.of("valid", "future");

    private final MandateService mandates;
    private final MandateRows rows;

    MandatesStartSection(MandateService mandates, MandateRows rows) {
        this.mandates = mandates;
        this.rows = rows;
    }

    @Override
    public String template() {
        return "mandates/start-mine";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.SUPPORTER || page.colleague().isEmpty()) {
            return Optional.empty();
        }
        List<MandateResponses.MandateView> current = mandates.mine().stream()
                .filter(m -> SHOWN.contains(m.status())).toList();
        return current.isEmpty() ? Optional.empty() : Optional.of(rows.of(current));
    }
}
