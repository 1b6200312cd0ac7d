package nl.naober.tenants;

import java.util.concurrent.ThreadLocalRandom;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.ElevenProof;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;

/** Unique registrations, so tests never collide in a shared (external) database. */
final class TenantTestSupport {

    private TenantTestSupport() {
    }

    static NewTenant uniqueTenant(String prefix) {
        String slug = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        return new NewTenant(TenantId.of(slug.substring(0, Math.min(slug.length(), 40))), "Gemeente " + prefix,
                new CbsCode(String.format("GM%04d", ThreadLocalRandom.current().nextInt(10_000))), validRsin());
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

    static Rsin validRsin() {
        while (true) {
            String candidate = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            if (ElevenProof.isValid(candidate)) {
                return new Rsin(candidate);
            }
        }
    }
}
