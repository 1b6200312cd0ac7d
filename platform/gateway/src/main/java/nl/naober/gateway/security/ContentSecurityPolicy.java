package nl.naober.gateway.security;

import java.net.URI;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The Content-Security-Policy of every response. {@code form-action} also names the Keycloak
 * origin because browsers apply it to the redirects after a form post: the logout form's answer
 * is a redirect to Keycloak's end-session endpoint.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(ClientRegistrationRepository registrations) {
        ClientRegistration keycloak = registrations.findByRegistrationId("keycloak");
        String formAction = "'self'";
        if (keycloak != null && keycloak.getProviderDetails().getAuthorizationUri() != null) {
            formAction += " " + origin(URI.create(keycloak.getProviderDetails().getAuthorizationUri()));
        }
        return "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action "
                + formAction;
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
