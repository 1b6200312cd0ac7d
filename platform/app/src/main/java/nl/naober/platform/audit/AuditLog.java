package nl.naober.platform.audit;

/**
 * Records access to personal data. Call it inside the transaction of the read or change it
 * describes: when the transaction rolls back, so does the event, and a change is never stored
 * without its event. Who acts, in which role and for which municipality is taken from the
 * current request ({@code system} in scheduled jobs).
 */
public interface AuditLog {

    void record(AuditEvent event);
}
