package nl.naober.platform.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.input.CodedValue;

/** Response bodies of the contacts module. Lists carry no personal data beyond pseudonym and initials. */
final class ContactResponses {

    private ContactResponses() {
    }

    record ThemeView(UUID id, String code, String label, boolean active, int position) {

        static ThemeView of(Theme theme) {
            return new ThemeView(theme.id(), theme.code(), theme.label(), theme.active(), theme.position());
        }
    }

    /** A resident in a list: pseudonym and initials only. */
    record ResidentListItem(UUID id, String pseudonym, String initials, UUID village, LocalDate lastContactOn) {

        static ResidentListItem of(Resident resident) {
            return new ResidentListItem(resident.id(), resident.pseudonym(), resident.initials(), resident.villageId(),
                    resident.lastContactOn());
        }
    }

    /** A resident opened: her data, her contacts and who helps her. Reading it is audited. */
    record ResidentView(UUID id, String pseudonym, String initials, UUID village, String name, String phone,
            String email, String address, Instant createdAt, LocalDate lastContactOn, List<ContactListItem> contacts,
            List<CareNetworkView> careNetwork) {
    }

    record CareNetworkView(UUID id, String relation, String name, String contact, String note) {

        static CareNetworkView of(CareNetworkMember member) {
            return new CareNetworkView(member.id(), CodedValue.code(member.relation()), member.name(), member.contact(),
                    member.note());
        }
    }

    record ResidentRef(UUID id, String pseudonym, String initials) {

        static ResidentRef of(Resident resident) {
            return resident == null ? null : new ResidentRef(resident.id(), resident.pseudonym(), resident.initials());
        }
    }

    /** A contact in a list: no free text. */
    record ContactListItem(UUID id, UUID village, LocalDate date, String channel, List<String> themes, String route,
            int minutes, String function, ResidentRef resident, LocalDate followUpOn, boolean followUpDone) {
    }

    /** A contact opened, with what was noticed and the supporter's summary. Reading it is audited. */
    record ContactView(UUID id, UUID village, LocalDate date, String channel, List<String> themes,
            List<String> noticedSignals, String route, int minutes, String function, String summary,
            ResidentRef resident, LocalDate followUpOn, Instant followUpDoneAt, Instant createdAt) {
    }

    /** An open follow-up in the supporter's agenda. */
    record FollowUpItem(UUID contact, LocalDate followUpOn, boolean overdue, UUID village, String villageName,
            LocalDate contactDate, List<String> themes, ResidentRef resident) {
    }

    /**
     * What a new contact starts with, so the form fills itself: the channel of her last contact and
     * the function she registers most in the village (else the profile's first); {@code null} for none.
     */
    record NewContactDefaults(String channel, String function) {
    }
}
