package nl.naober.platform.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the funding module. */
final class FundingResponses {

    private FundingResponses() {
    }

    /**
     * One village's funding in a year. {@code grantedAmount}, {@code hoursBudget} and
     * {@code hourlyRate} are {@code null} without a grant; {@code spent} = {@code hoursSpent} ×
     * rate + {@code costs}; {@code balance} = granted − spent; {@code status}: {@code no-grant},
     * {@code underspent}, {@code on-budget} or {@code overspent}.
     */
    record GrantView(UUID village, String villageName, int year, BigDecimal grantedAmount, BigDecimal hoursBudget,
            BigDecimal hourlyRate, BigDecimal hoursSpent, BigDecimal hoursCost, BigDecimal costs, BigDecimal spent,
            BigDecimal balance, String status, List<CostView> costEntries) {
    }

    record CostView(UUID id, LocalDate date, String description, BigDecimal amount) {
    }
}
