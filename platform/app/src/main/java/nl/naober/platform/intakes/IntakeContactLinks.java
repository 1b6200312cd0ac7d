package nl.naober.platform.intakes;

import java.util.List;
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.contacts.ContactPageLinks;
import org.springframework.stereotype.Component;

/** "Wmo-melding starten" on a contact's page: only with a known resident and her valid mandate for the village. */
@Component
class IntakeContactLinks implements ContactPageLinks {

    private final IntakeService intakes;

    IntakeContactLinks(IntakeService intakes) {
        this.intakes = intakes;
    }

    @Override
    public List<Link> linksFor(ContactLookup.ContactReference contact) {
        if (contact.residentId() == null || !intakes.startable(contact.id()).possible()) {
            return List.of();
        }
        return List.of(new Link("intakes.page.start-from-contact",
                IntakePagesController.PATH + "/nieuw?contact=" + contact.id()));
    }
}
