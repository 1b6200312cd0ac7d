/**
 * The colleagues of a municipality who log in to Naober: the municipal administrator invites
 * supporters (with the villages they serve), sounding-board members, WMO consultants, policy
 * officers and privacy officers, lists them with their roles and villages, changes their villages and deactivates them.
 * Their logins live in Keycloak (identity module); who serves which village is kept here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users and village assignments")
package nl.naober.platform.users;
