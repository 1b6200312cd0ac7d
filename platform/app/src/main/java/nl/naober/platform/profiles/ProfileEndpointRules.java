package nl.naober.platform.profiles;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A supporter edits her own profile; the municipality's and the villages' public pages and the
 * published photos are open to anyone (the tenant edge takes the municipality from the path).
 */
@Component
class ProfileEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*/supporter-profile";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, BASE).hasRole(Role.SUPPORTER.code())
                .requestMatchers(PUT, BASE, BASE + "/photo").hasRole(Role.SUPPORTER.code())
                .requestMatchers(DELETE, BASE + "/photo").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, ProfilePagesController.PATH).hasRole(Role.SUPPORTER.code())
                .requestMatchers(POST, ProfilePagesController.PATH, ProfilePagesController.PATH + "/foto",
                        ProfilePagesController.PATH + "/foto/verwijderen").hasRole(Role.SUPPORTER.code())
                // public: the municipality's page, a village's page, a published photo
                .requestMatchers(GET, "/publiek/*", "/publiek/*/*", "/publiek/*/dorpsondersteuners/*/foto").permitAll();
    }
}
