package nl.naober.platform.funding;

import java.util.UUID;

/**
 * Request bodies of the funding module. Amounts are texts so that every wrong one is a message at
 * its field: {@code 45000}, {@code 45000.50} and {@code 45.000,50} are all read.
 */
final class FundingRequests {

    private FundingRequests() {
    }

    /** A village's grant for a year (set again: replaced). */
    record GrantChange(UUID village, Integer year, String grantedAmount, String hoursBudget, String hourlyRate) {
    }

    /** A cost besides the hours; its year is the year of its date. */
    record NewCost(UUID village, String date, String description, String amount) {
    }
}
