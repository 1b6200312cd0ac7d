package nl.naober.platform.audit;

/**
 * The outcome of {@link AuditChainVerifier#verify()}.
 *
 * @param eventsChecked       events read, up to and including the first broken one
 * @param firstBrokenSequence the number of the first event that is missing, changed or wrongly
 *                            linked; {@code null} when the chain is intact
 * @param reason              why it is broken; {@code null} when the chain is intact
 * @param lastHash            the hash of the last event when the chain is intact ({@code null}
 *                            for an empty log); noting it down lets a later verification prove
 *                            that the log still holds that event
 */
public record AuditChainVerification(long eventsChecked, Long firstBrokenSequence, Reason reason, String lastHash) {

    public AuditChainVerification {
        if ((firstBrokenSequence == null) != (reason == null)) {
            throw new IllegalArgumentException("A broken chain has both a first broken number and a reason");
        }
    }

    static AuditChainVerification intact(long eventsChecked, String lastHash) {
        return new AuditChainVerification(eventsChecked, null, null, lastHash);
    }

    static AuditChainVerification broken(long eventsChecked, long firstBrokenSequence, Reason reason) {
        return new AuditChainVerification(eventsChecked, firstBrokenSequence, reason, null);
    }

    public boolean intact() {
        return reason == null;
    }

    /** How the chain is broken at {@link #firstBrokenSequence()}. */
    public enum Reason {
        /** No event has this number although later ones exist: an event was removed. */
        MISSING_EVENT,
        /** The event's content no longer matches its hash: it was changed after it was recorded. */
        ALTERED_EVENT,
        /** The event does not point to its predecessor's hash: events were replaced or re-chained. */
        BROKEN_LINK,
        /**
         * The recorded end of the chain does not match the last event: events were removed from
         * the end, or added outside the audit log.
         */
        HEAD_MISMATCH
    }
}
