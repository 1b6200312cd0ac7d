package nl.naober.platform.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the app reaches Keycloak's admin API ({@code naober.keycloak.*}).
 *
 * @param enabled                 off in tests that do not start Keycloak: provisioning then creates no
 *                                organization and inviting colleagues answers 503
 * @param serverUrl               e.g. {@code https://login.naober.nl}
 * @param realm                   the realm, {@code naober}
 * @param clientId                the app's service-account client, {@code naober-app}
 * @param clientSecret            its secret (from a secret store, never in the repository)
 * @param invitationClientId      the client the set-password e-mail returns to ({@code naober-gateway})
 * @param invitationRedirectUri   where the user lands after setting her password (the gateway)
 */
@ConfigurationProperties("naober.keycloak")
record KeycloakProperties(boolean enabled, String serverUrl, String realm, String clientId, String clientSecret,
        String invitationClientId, String invitationRedirectUri) {

    KeycloakProperties {
        realm = realm == null ? "naober" : realm;
        clientId = clientId == null ? "naober-app" : clientId;
        invitationClientId = invitationClientId == null ? "naober-gateway" : invitationClientId;
    }
}
