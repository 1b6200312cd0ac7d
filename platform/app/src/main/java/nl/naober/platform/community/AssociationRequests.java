package nl.naober.platform.community;

import java.util.List;
import java.util.UUID;

/** Request bodies for associations, their contact persons and their contact log. */
final class AssociationRequests {

    private AssociationRequests() {
    }

    /** A new association in one or more of her villages ({@code villages} may be left out with one village). */
    record NewAssociation(String name, String kind, List<UUID> villages) {
    }

    /** A contact person: a name, and optionally her role in the association, phone and e-mail. */
    record NewContactPerson(String name, String role, String phone, String email) {
    }

    /** An entry of the contact log: date (default today), channel, subject, summary, follow-up date. */
    record NewContact(String date, String channel, String subject, String summary, String followUpOn) {
    }
}
