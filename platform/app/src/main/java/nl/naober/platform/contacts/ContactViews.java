package nl.naober.platform.contacts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Component;

/** Shared pieces of the contact and resident services: which village, and contacts as list items. */
@Component
class ContactViews {

    private final ThemeService themes;
    private final InputReader input;

    ContactViews(ThemeService themes, InputReader input) {
        this.themes = themes;
        this.input = input;
    }

    /**
     * The village a new record belongs to: the one asked for if it is one of hers, or her only
     * village when she has just one.
     */
    UUID villageFor(UUID requested, Colleague supporter, InvalidInputException.Collector errors) {
        List<VillageSummary> own = supporter.villages().stream().filter(VillageSummary::active).toList();
        if (requested == null) {
            if (own.size() == 1) {
                return own.getFirst().id();
            }
            errors.add("village", input.text("input.required.village"));
            return null;
        }
        if (own.stream().noneMatch(v -> v.id().equals(requested))) {
            errors.add("village", input.text("contact.village.not-yours"));
            return null;
        }
        return requested;
    }

    VillageSummary village(UUID id, Colleague supporter) {
        return supporter.villages().stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The theme codes of contacts, with the municipality's themes read once: a list of contacts
     * reads them once, not once per contact.
     */
    ThemeCodes themeCodes() {
        return new ThemeCodes(themes.byId());
    }

    List<String> themeCodes(Contact contact) {
        return themeCodes().of(contact);
    }

    ContactResponses.ContactListItem listItem(Contact contact, Resident resident) {
        return listItem(contact, resident, themeCodes());
    }

    ContactResponses.ContactListItem listItem(Contact contact, Resident resident, ThemeCodes codes) {
        return new ContactResponses.ContactListItem(contact.id(), contact.villageId(), contact.contactDate(),
                CodedValue.code(contact.channel()), codes.of(contact), CodedValue.code(contact.route()),
                contact.minutes(), contact.function().name(), ContactResponses.ResidentRef.of(resident),
                contact.followUpOn(), contact.followUpDoneAt() != null);
    }

    /** The municipality's themes by id, to spell the themes of many contacts. */
    record ThemeCodes(Map<UUID, Theme> byId) {

        List<String> of(Contact contact) {
            return contact.themes().stream().map(byId::get).filter(Objects::nonNull)
                    .sorted(java.util.Comparator.comparingInt(Theme::position)).map(Theme::code).toList();
        }
    }
}
