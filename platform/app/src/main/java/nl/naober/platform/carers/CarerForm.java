package nl.naober.platform.carers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The new-carer form as submitted: {@link CarerRequests.NewCarer} with the hours as text, so that
 * whatever was typed is shown again after an error. The village is the page's selected village.
 */
record CarerForm(UUID residentId, String name, String contact, CarerRequests.CaresFor caresFor, String burden,
        String hoursPerWeek, List<String> support, Boolean referredToCarerSupport, String referredOn,
        String startedOn) {

    /** A text that is no whole number: passed on as a number no range accepts (see {@link #toRequest}). */
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    static CarerForm startingWith(UUID resident, LocalDate today) {
        return new CarerForm(resident, null, null, new CarerRequests.CaresFor(null, null), null, null, List.of(), null,
                null, today.toString());
    }

    /**
     * The request the API takes too, so the service's validation is the only one. Hours that are
     * not a whole number are handed over as {@link #NOT_A_NUMBER}: the service's range check refuses
     * them with its own message, together with every other field's, and nothing is saved.
     */
    CarerRequests.NewCarer toRequest(UUID village) {
        return new CarerRequests.NewCarer(village, residentId, name, contact, caresFor, burden,
                wholeNumber(hoursPerWeek), support, referredToCarerSupport, referredOn, startedOn);
    }

    private static Integer wholeNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }
}
