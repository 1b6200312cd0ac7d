package nl.naober.platform.audit;

/**
 * Records access to personal data. Call it inside the transaction of the read or change it
 * describes: when the transaction rolls back, so does the event, and a change is never stored
 * without its event. Who acts, in which role and for which municipality is taken from the
 * current request ({@code system} in scheduled jobs).
 *
 * <p>Recording outside a transaction throws. The first event of a transaction locks the end of
 * the municipality's chain until the transaction ends, so other transactions that record wait
 * that long: record late in the transaction, after the work that may wait on other locks.
 */
public interface AuditLog {

    void record(AuditEvent event);
}
