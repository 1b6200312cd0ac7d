/**
 * The audit log of personal data (NEN 7513 in spirit): every read and change of a resident's
 * personal data is recorded with who, in which role, on whose behalf, which resident, what, when
 * and on which basis. The log is append-only and hash-chained, so a changed or removed event is
 * detected; only the designated role, the privacy officer ({@code privacy-officer}), reads it and
 * verifies the chain under {@code /api/v1/municipalities/{municipality}/audit-log}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log of personal data")
package nl.naober.platform.audit;
