/**
 * Shared conventions of the REST API under {@code /api/v1}, after the NL API Design Rules: every
 * error as {@code application/problem+json} with a Dutch {@code detail} (and {@code invalidParams}
 * for field errors), the {@code API-Version} header on every response, and no stack traces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions")
package nl.naober.platform.api;
