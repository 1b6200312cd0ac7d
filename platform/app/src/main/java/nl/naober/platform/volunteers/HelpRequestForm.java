package nl.naober.platform.volunteers;

import java.util.UUID;

/** The new help request form as submitted; a contact that is no id becomes none, which the service refuses. */
record HelpRequestForm(String contactId, String skill, String workKind, String neededOn, String partOfDay,
        String description) {

    VolunteerRequests.NewHelpRequest toRequest() {
        UUID contact;
        try {
            contact = contactId == null || contactId.isBlank() ? null : UUID.fromString(contactId.strip());
        } catch (IllegalArgumentException e) {
            contact = null;
        }
        return new VolunteerRequests.NewHelpRequest(contact, skill, workKind, neededOn, partOfDay, description);
    }
}
