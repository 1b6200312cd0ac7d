package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies for associations. Only the opened association shows its contact persons and log. */
final class AssociationResponses {

    private AssociationResponses() {
    }

    record VillageName(UUID id, String name) {
    }

    /** In a list: no personal data, the number of contact persons and the last contact only. */
    record AssociationListItem(UUID id, String name, String kind, List<VillageName> villages, int contactPersons,
            LocalDate lastContactOn, LocalDate nextFollowUpOn) {
    }

    record ContactPersonView(UUID id, String name, String role, String phone, String email) {
    }

    /** A log entry; {@code subject} and {@code summary} are {@code null} once removed by retention. */
    record ContactView(UUID id, LocalDate date, String channel, String subject, String summary, LocalDate followUpOn,
            boolean textRemoved) {
    }

    record AssociationView(UUID id, String name, String kind, List<VillageName> villages,
            List<ContactPersonView> contactPersons, List<ContactView> contacts, int activities) {
    }
}
