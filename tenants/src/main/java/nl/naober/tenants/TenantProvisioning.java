package nl.naober.tenants;

import nl.naober.kernel.TenantId;

/**
 * Registers, provisions and offboards municipalities. Every operation is idempotent: running it
 * again, or after a crash half-way, ends in the same state.
 */
public interface TenantProvisioning {

    /**
     * Registers a new municipality and provisions it: registry row, schema {@code t_<slug>},
     * migrations, extension steps, active.
     *
     * @throws TenantConflictException when the slug or CBS code is taken by another registration
     */
    Tenant register(NewTenant tenant);

    /** Runs (or resumes) provisioning of a registered municipality; a no-op for an active one. */
    Tenant provision(TenantId id);

    /** Exports all data of the municipality to an archive, then removes its schema and resources. */
    OffboardingResult offboard(TenantId id);
}
