/**
 * Test fixtures shared by every module's tests: {@link nl.naober.testing.TestDatabase} gives the
 * one real PostgreSQL of a test JVM, {@link nl.naober.testing.TestTokens} signs JWTs the way
 * Keycloak does, and a context customizer wires both into every Spring test context.
 */
package nl.naober.testing;
