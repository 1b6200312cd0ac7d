package nl.naober.platform.contacts;

import java.util.List;
import java.util.UUID;

/**
 * Request bodies of the contacts module; the web forms bind to the same records, so a form and the
 * API are checked by the same rules. Dates are {@code yyyy-MM-dd} strings so a wrong date gets a
 * Dutch message at its field instead of an unreadable request.
 */
final class ContactRequests {

    private ContactRequests() {
    }

    /**
     * A new contact. {@code village} may be left out by a supporter with one village; {@code date}
     * defaults to today. A contact is about an existing resident ({@code residentId}), a new one
     * ({@code resident}) or nobody in particular (anonymous: both left out).
     */
    record NewContact(UUID village, String date, String channel, List<String> themes, List<String> noticedSignals,
            String route, Integer minutes, String function, String summary, String followUpOn, UUID residentId,
            ResidentInput resident) {
    }

    /** A resident's personal data: the name is required, the rest only when the resident gives it. */
    record ResidentInput(String name, String phone, String email, String address) {
    }

    /** A new resident in one of the supporter's villages. */
    record NewResident(UUID village, String name, String phone, String email, String address) {

        ResidentInput input() {
            return new ResidentInput(name, phone, email, address);
        }
    }

    /** Someone who helps the resident. */
    record NewCareNetworkMember(String relation, String name, String contact, String note) {
    }

    /** A theme the municipality adds. */
    record NewTheme(String code, String label, Integer position) {
    }

    /** Changes to a theme: a new label, switched off or on, another position. */
    record ThemeChanges(String label, Boolean active, Integer position) {
    }
}
