package nl.naober.tenants;

/** Life cycle of a municipality on the platform. */
public enum TenantStatus {
    /** Registered; schema and other resources are being created (or a previous attempt stopped half-way). */
    PROVISIONING,
    /** Serving users. */
    ACTIVE,
    /** Export and removal in progress (or a previous attempt stopped half-way). */
    OFFBOARDING,
    /** Data exported and removed; the registry row stays as a record. */
    OFFBOARDED
}
