package nl.naober.platform.delivery;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/** The admin's failed deliveries on the start page (UI.md); left out when there are none. */
@Component
class FailedDeliveriesStartSection implements StartPageSection {

    private final IntakeDeliveries deliveries;

    FailedDeliveriesStartSection(IntakeDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String template() {
        return "delivery/start-failed";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.MUNICIPAL_ADMIN) {
            return Optional.empty();
        }
        List<DeliveryState> failed = deliveries.failed();
        return failed.isEmpty() ? Optional.empty() : Optional.of(failed.size());
    }
}
