/**
 * Logins of the people who work in Naober, kept in Keycloak: one Keycloak organization per
 * municipality (created and removed with the municipality), and for each colleague a user who is
 * a member of it with one realm role, invited by e-mail to set a password. Village assignments
 * are not here: they are domain data of the users module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity (Keycloak)")
package nl.naober.platform.identity;
