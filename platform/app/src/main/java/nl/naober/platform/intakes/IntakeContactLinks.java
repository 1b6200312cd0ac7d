package nl.naober.platform.intakes;

import java.util.List;
import nl.naober.kernel.ResourceNotFoundException;
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
        if (contact.residentId() == null) {
            return List.of();
        }
        try {
            if (!intakes.startable(contact.id()).possible()) {
                return List.of();
            }
        } catch (ResourceNotFoundException e) {
            // a resident she can no longer reach (anonymised): the contact's page stays, without the link
            return List.of();
        }
        return List.of(new Link("intakes.page.start-from-contact",
                IntakePagesController.PATH + "/nieuw?contact=" + contact.id()));
    }
}
