package nl.naober.platform.signals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Response bodies of the signals module: no personal data. The contacts a signal is built on are
 * a count; only the supporter of the village also gets their ids (she reaches them anyway).
 */
final class SignalResponses {

    private SignalResponses() {
    }

    record SignalListItem(UUID id, UUID village, String villageName, String theme, String themeLabel, String title,
            int estimatedResidents, String addressee, String status, LocalDate raisedOn, int linkedContacts,
            int responses) {
    }

    record ResponseView(UUID id, String responderRole, String responderName, String text, Instant createdAt) {

        static ResponseView of(SignalResponse response) {
            return new ResponseView(response.id(), response.responderRole(), response.responderName(),
                    response.text(), response.createdAt());
        }
    }

    /** A signal opened, with its responses; {@code contactIds} only for the supporter. */
    record SignalView(UUID id, UUID village, String villageName, String theme, String themeLabel, String title,
            String description, int estimatedResidents, String addressee, String addresseeName, String status,
            LocalDate raisedOn, Instant closedAt, String closingNote, int linkedContacts,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<UUID> contactIds, List<ResponseView> responses,
            String privacyHint) {
    }

    /** A theme that recurs in a village and has no open signal yet. */
    record Suggestion(UUID village, String villageName, String theme, String themeLabel, long contacts,
            LocalDate from, LocalDate to, int threshold, String privacyHint) {
    }

    record SettingsView(int threshold, int periodDays, Instant updatedAt) {

        static SettingsView of(SignalSettings settings) {
            return new SettingsView(settings.threshold(), settings.periodDays(), settings.updatedAt());
        }
    }
}
