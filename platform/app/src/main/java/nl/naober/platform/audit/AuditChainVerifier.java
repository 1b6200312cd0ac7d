package nl.naober.platform.audit;

/**
 * Checks the current municipality's audit log from its first event to its last: gap-free
 * numbers, every event's hash matching its content, every event pointing to its predecessor's
 * hash, and the recorded end of the chain matching the last event. Reads the events in order, a
 * page at a time, on one consistent snapshot; stops at the first break.
 */
public interface AuditChainVerifier {

    AuditChainVerification verify();
}
