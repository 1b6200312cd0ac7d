package nl.naober.platform.carers;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The carer register is the supporter's alone; the municipal administrator reads only the
 * appreciation list (and its export), which holds what the carers consented to share.
 */
@Component
class CarerEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(BASE + "/carers", BASE + "/carers/**").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, BASE + "/carer-appreciations", BASE + "/carer-appreciations/export")
                .hasRole(Role.MUNICIPAL_ADMIN.code())
                // the pages: the same split
                .requestMatchers(GET, "/mantelzorg", "/mantelzorg/*").hasRole(Role.SUPPORTER.code())
                .requestMatchers(POST, "/mantelzorg/nieuw", "/mantelzorg/*/waardering").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, "/mantelzorgwaardering", "/mantelzorgwaardering/export")
                .hasRole(Role.MUNICIPAL_ADMIN.code());
    }
}
