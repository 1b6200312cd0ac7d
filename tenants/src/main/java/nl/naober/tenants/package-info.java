/**
 * How many municipalities share one platform. Public API: the {@link nl.naober.tenants.TenantRegistry}
 * of municipalities, {@link nl.naober.tenants.TenantProvisioning} (idempotent provisioning and
 * offboarding with export), {@link nl.naober.tenants.TenantContext} (the tenant of the current unit of
 * work) and the {@link nl.naober.tenants.TenantProvisioningStep} extension point. Everything in
 * {@code internal} (schema switching on the shared pool, Hibernate wiring, migrations) is not for
 * use by other modules.
 */
package nl.naober.tenants;
