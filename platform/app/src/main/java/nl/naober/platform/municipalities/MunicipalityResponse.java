package nl.naober.platform.municipalities;

import java.time.Instant;
import nl.naober.tenants.Tenant;

/** A municipality as the platform administrator sees it. */
record MunicipalityResponse(String slug, String name, String cbsCode, String rsin, String status,
        Instant registeredAt, Instant activatedAt, Instant offboardedAt) {

    static MunicipalityResponse of(Tenant tenant) {
        return new MunicipalityResponse(tenant.id().slug(), tenant.name(), tenant.cbsCode().value(),
                tenant.rsin().value(), tenant.status().name().toLowerCase(java.util.Locale.ROOT),
                tenant.registeredAt(), tenant.activatedAt(), tenant.offboardedAt());
    }
}
