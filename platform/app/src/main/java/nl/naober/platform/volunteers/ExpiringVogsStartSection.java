package nl.naober.platform.volunteers;

import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/** The supporter's "Vandaag": VOGs of her active volunteers that expire within the renewal window or have expired. */
@Component
class ExpiringVogsStartSection implements StartPageSection {

    private final VolunteerService volunteers;

    ExpiringVogsStartSection(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @Override
    public String template() {
        return "volunteers/start-vogs";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.SUPPORTER || page.colleague().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(volunteers.expiringVogs());
    }
}
