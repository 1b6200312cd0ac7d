package nl.naober.platform.audit;

/** What was done with personal data. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, EXPORT, ANONYMISE
}
