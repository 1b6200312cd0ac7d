package nl.naober.tenants;

import java.nio.file.Path;

/** Where the export of an offboarded municipality was written, with its SHA-256 and table counts. */
public record OffboardingResult(Tenant tenant, Path archive, String sha256, int tables, long rows) {
}
