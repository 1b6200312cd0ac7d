package nl.naober.platform.dataprotection;

import java.time.LocalDate;

/**
 * What one retention run did for one municipality.
 *
 * @param municipality        the municipality's slug
 * @param today               the day the retention was computed for
 * @param status              whether it ran, was skipped or failed
 * @param residentsAnonymised residents whose personal data was removed
 * @param recordsChanged      other records changed or removed (care network members, summaries, …)
 */
public record RetentionOutcome(String municipality, LocalDate today, Status status, int residentsAnonymised,
        int recordsChanged) {

    public enum Status {
        /** Ran to the end and committed (possibly with nothing to do). */
        DONE,
        /** Another transaction, on this or another app instance, held the municipality's retention lock. */
        SKIPPED,
        /** Failed and rolled back: nothing of this run was saved; the next run tries again. */
        FAILED
    }
}
