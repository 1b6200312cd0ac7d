package nl.naober.platform.community;

import java.math.BigDecimal;
import java.util.UUID;

/** Request bodies for initiatives. Dates are {@code yyyy-MM-dd} text, so a wrong one is a message at its field. */
final class InitiativeRequests {

    private InitiativeRequests() {
    }

    /**
     * A new initiative in one of her villages ({@code village} may be left out with one village);
     * {@code status} defaults to {@code idea}, {@code statusOn} to today.
     */
    record NewInitiative(UUID village, String name, String description, String initiators, String theme,
            String status, String statusOn) {
    }

    /** The next status, from which day, and why (the reason: a note for herself). */
    record StatusChange(String status, String on, String reason) {
    }

    /**
     * Support given: what, when (default today), the supporter's minutes, a note; for a funding
     * application the amount requested and/or granted in euros (at most two decimals).
     */
    record NewSupport(String kind, String givenOn, Integer minutes, String note, BigDecimal requestedAmount,
            BigDecimal grantedAmount) {
    }
}
