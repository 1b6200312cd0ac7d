package nl.naober.platform.intakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * "Wmo-termijnen" on the supporter's start page: her submitted intakes past a statutory deadline
 * or within {@value IntakeService#NEAR_DAYS} days of one, overdue first (the service's order is by
 * the nearest deadline). Left out when there are none; pseudonyms only.
 */
@Component
class IntakeDeadlinesStartSection implements StartPageSection {

    private final IntakeService intakes;
    private final InputReader input;

    IntakeDeadlinesStartSection(IntakeService intakes, InputReader input) {
        this.intakes = intakes;
        this.input = input;
    }

    @Override
    public String template() {
        return "intakes/start-deadlines";
    }

    @Override
    public int order() {
        return 42;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.SUPPORTER || page.colleague().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = input.today();
        List<IntakeResponses.IntakeListItem> near = intakes.list(null).stream()
                .filter(i -> i.deadlines() != null && i.deadlines().dueWithin(IntakeService.NEAR_DAYS, today))
                .toList();
        return near.isEmpty() ? Optional.empty() : Optional.of(near);
    }
}
