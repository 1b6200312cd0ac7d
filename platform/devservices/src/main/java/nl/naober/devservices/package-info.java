/**
 * Development services: a real Keycloak server for integration tests and the local stack
 * ({@link nl.naober.devservices.KeycloakServer}) and the project's realm file
 * ({@link nl.naober.devservices.NaoberRealm}).
 */
package nl.naober.devservices;
