/**
 * Who may do what: the app is an OAuth2 resource server. Roles come from the token's realm roles,
 * the municipality from its {@code organization} claim; a request for another municipality's
 * path is refused (403) before any data is touched, and the municipality of a request is selected
 * for the whole request (and cleared afterwards) at this edge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and tenant edge")
package nl.naober.platform.security;
