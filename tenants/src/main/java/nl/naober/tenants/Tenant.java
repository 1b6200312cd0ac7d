package nl.naober.tenants;

import java.time.Instant;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;

/** A municipality as registered on the platform. */
public record Tenant(TenantId id, String name, CbsCode cbsCode, Rsin rsin, TenantStatus status,
        Instant registeredAt, Instant activatedAt, Instant offboardedAt, String exportLocation,
        String exportSha256) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
