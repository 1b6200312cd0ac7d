package nl.naober.tenants;

import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;
import nl.naober.testing.TestIdentifiers;

/** Unique registrations, so tests never collide in a shared (external) database. */
final class TenantTestSupport {

    private TenantTestSupport() {
    }

    static NewTenant uniqueTenant(String prefix) {
        return new NewTenant(TenantId.of(TestIdentifiers.uniqueSlug(prefix)), "Gemeente " + prefix,
                new CbsCode(TestIdentifiers.randomCbsCode()), new Rsin(TestIdentifiers.validRsin()));
    }

    /** Registers a fresh municipality; draws another CBS code when a random one is taken. */
    static Tenant registerUnique(TenantProvisioning provisioning, String prefix) {
        for (int attempt = 0; ; attempt++) {
            try {
                return provisioning.register(uniqueTenant(prefix));
            } catch (TenantConflictException e) {
                if (!e.field().equals("cbsCode") || attempt > 20) {
                    throw e;
                }
            }
        }
    }
}
