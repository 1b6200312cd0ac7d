/**
 * The whole Naober stack on one machine: PostgreSQL (embedded binaries or a given server),
 * Keycloak with the project's realm, an in-process SMTP server, and the app and gateway as their
 * own processes, wired together. {@link nl.naober.local.NaoberLocal} runs it with demo data for
 * people (the README's run command); the end-to-end tests and benchmarks run it with throw-away
 * settings.
 */
package nl.naober.local;
