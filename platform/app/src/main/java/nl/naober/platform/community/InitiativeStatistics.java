package nl.naober.platform.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Figures of the initiatives of villages for other modules (the accountability reports): counts,
 * minutes and amounts per village, no personal data and no free text. The caller decides who may see
 * which villages.
 */
public interface InitiativeStatistics {

    /** Per village with any initiative, for the period from {@code from} to {@code to} (inclusive). */
    List<InitiativeFigures> perVillage(Collection<UUID> villages, LocalDate from, LocalDate to);

    /**
     * The initiatives of one village.
     *
     * @param byStatusNow      initiatives per current status (API codes: {@code idea}, {@code in-preparation},
     *                         {@code active}, {@code completed}, {@code stopped})
     * @param reachedInPeriod  initiatives that reached a status in the period, per status
     * @param supported        initiatives that got support in the period
     * @param supportEntries   support entries in the period
     * @param supportMinutes   the supporter's minutes of those entries
     * @param requestedAmount  euros requested in funding applications in the period
     * @param grantedAmount    euros granted in the period
     */
    record InitiativeFigures(UUID village, Map<String, Long> byStatusNow, Map<String, Long> reachedInPeriod,
            long supported, long supportEntries, long supportMinutes, BigDecimal requestedAmount,
            BigDecimal grantedAmount) {
    }
}
