package nl.naober.platform.mandates;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Granting and revoking mandates is the municipal admin's (API and pages); a supporter reads only
 * her own (the API, and her start page).
 */
@Component
class MandateEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String admin = Role.MUNICIPAL_ADMIN.code();
        rules.requestMatchers(GET, BASE + "/me/mandates").hasRole(Role.SUPPORTER.code())
                .requestMatchers(BASE + "/mandates", BASE + "/mandates/**").hasRole(admin)
                .requestMatchers(GET, MandatePagesController.PATH, MandatePagesController.PATH + "/nieuw",
                        MandatePagesController.PATH + "/*").hasRole(admin)
                .requestMatchers(POST, MandatePagesController.PATH + "/nieuw",
                        MandatePagesController.PATH + "/*/intrekken").hasRole(admin);
    }
}
