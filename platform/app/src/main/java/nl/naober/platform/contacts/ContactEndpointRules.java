package nl.naober.platform.contacts;

import static org.springframework.http.HttpMethod.GET;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Residents, contacts and follow-ups are the supporter's alone: no other role sees personal data.
 * Themes are read by every colleague of the municipality and kept by its administrator. The
 * supporter's pages ({@code /contacten}, {@code /inwoners}) are hers alone too.
 */
@Component
class ContactEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(BASE + "/residents", BASE + "/residents/**", BASE + "/contacts", BASE + "/contacts/**",
                        BASE + "/follow-ups")
                .hasRole(Role.SUPPORTER.code())
                .requestMatchers(ContactPageController.LIST, ContactPageController.LIST + "/**",
                        ResidentPageController.LIST, ResidentPageController.LIST + "/**")
                .hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, BASE + "/contact-themes")
                .hasAnyAuthority(EndpointRules.authorities(Role.municipal().toArray(Role[]::new)))
                .requestMatchers(BASE + "/contact-themes", BASE + "/contact-themes/*")
                .hasRole(Role.MUNICIPAL_ADMIN.code());
    }
}
