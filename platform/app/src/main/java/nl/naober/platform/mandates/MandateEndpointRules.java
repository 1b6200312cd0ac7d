package nl.naober.platform.mandates;

import static org.springframework.http.HttpMethod.GET;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Granting and revoking mandates is the municipal admin's; a supporter reads only her own. */
@Component
class MandateEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, BASE + "/me/mandates").hasRole(Role.SUPPORTER.code())
                .requestMatchers(BASE + "/mandates", BASE + "/mandates/**").hasRole(Role.MUNICIPAL_ADMIN.code());
    }
}
