package nl.naober.tenants;

/**
 * One step of provisioning a municipality, run after its schema is migrated and before it becomes
 * active (for example: create the Keycloak organization). Steps run in {@code @Order} order and
 * must be idempotent: provisioning is retried from the start after a failure half-way, so a step
 * may find its work already (partly) done. Offboarding calls {@link #deprovision} in reverse
 * order, after the data export and before the schema is dropped.
 */
public interface TenantProvisioningStep {

    /** A short name for logs and error messages. */
    String name();

    void provision(Tenant tenant);

    void deprovision(Tenant tenant);
}
