package nl.naober.platform.dataprotection;

import java.time.LocalDate;
import java.util.Map;

/**
 * The retention in force for one municipality on one day: months per record type (a following
 * type already resolved to the months of the type it follows).
 *
 * @param today  the day of the run, in Europe/Amsterdam
 * @param months months kept per record type
 */
public record RetentionPolicy(LocalDate today, Map<String, Integer> months) {

    /** The audit basis of every change made by retention. */
    public static final String AUDIT_BASIS = "retention";

    public RetentionPolicy {
        months = Map.copyOf(months);
    }

    /** Months kept for this record type; an unknown type is a programming error. */
    public int monthsFor(String recordType) {
        Integer value = months.get(recordType);
        if (value == null) {
            throw new IllegalArgumentException("No retention declared for record type " + recordType);
        }
        return value;
    }

    /** Records of this type dated before the cut-off have expired. */
    public LocalDate cutoff(String recordType) {
        return today.minusMonths(monthsFor(recordType));
    }
}
