package nl.naober.platform.contactrequests;

import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/** "Nieuwe contactverzoeken" on the supporter's start page: how many and the latest, when and where only. */
@Component
class ContactRequestStartSection implements StartPageSection {

    private final ContactRequestService requests;

    ContactRequestStartSection(ContactRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String template() {
        return "contactrequests/start-section";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.SUPPORTER || page.colleague().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(requests.unhandled(page.colleague().get()));
    }
}
