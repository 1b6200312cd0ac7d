package nl.naober.platform.intakes;

import static org.springframework.http.HttpMethod.GET;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Intakes are personal data of the supporter's residents: hers (the mandate is checked by the
 * service). The municipal admin sees the deadlines of submitted intakes, without residents. The
 * pages follow the same split: {@code /wmo-meldingen} the supporter's, {@code /wmo-termijnen} the admin's.
 */
@Component
class IntakeEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(BASE + "/intakes", BASE + "/intakes/**").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, BASE + "/intake-deadlines").hasRole(Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(IntakePagesController.PATH, IntakePagesController.PATH + "/**")
                .hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, IntakePagesController.DEADLINES).hasRole(Role.MUNICIPAL_ADMIN.code());
    }
}
