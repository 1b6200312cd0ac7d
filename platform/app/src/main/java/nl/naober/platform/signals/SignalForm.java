package nl.naober.platform.signals;

import java.util.List;
import java.util.UUID;

/**
 * The new-signal form as submitted: the fields of {@link SignalRequests.NewSignal} as text, so that
 * whatever was typed is shown again after an error. The village is the page's selected village.
 */
record SignalForm(String theme, String title, String description, String estimatedResidents, String addressee,
        String addresseeName, List<String> contacts) {

    /** A text that is no whole number: passed on as a number no range accepts (see {@link #toRequest}). */
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    static SignalForm startingWith(String theme) {
        return new SignalForm(theme, null, null, null, "municipality", null, List.of());
    }

    /**
     * The request the API takes too, so the service's validation is the only one. A number that is
     * not a whole number is handed over as {@link #NOT_A_NUMBER}: the service's range check refuses
     * it with its own message, together with every other field's, and nothing is saved.
     */
    SignalRequests.NewSignal toRequest(UUID village) {
        return new SignalRequests.NewSignal(village, theme, title, description, wholeNumber(estimatedResidents),
                addressee, addresseeName, contacts == null ? null : contacts.stream().map(SignalForm::id).toList());
    }

    static Integer wholeNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }

    /** An id that is none (only a tampered form sends one) is {@code null}, which the service refuses. */
    private static UUID id(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
