package nl.naober.platform.signals;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The supporter raises, closes and gets suggestions; the municipal administrator and the
 * sounding-board members answer; policy officers read signals too (they hold no personal data and
 * feed the municipality's policy) but do not answer on its behalf. Which villages each one sees is
 * decided per request by the module. The suggestion settings are the administrator's. The pages
 * ({@code /signalen…}) follow the same rules as the API calls they make.
 */
@Component
class SignalEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String supporter = Role.SUPPORTER.code();
        rules.requestMatchers(GET, BASE + "/signals", BASE + "/signals/*")
                .hasAnyRole(supporter, Role.MUNICIPAL_ADMIN.code(), Role.SOUNDING_BOARD.code(),
                        Role.POLICY_OFFICER.code())
                .requestMatchers(POST, BASE + "/signals", BASE + "/signals/*/closure").hasRole(supporter)
                .requestMatchers(POST, BASE + "/signals/*/responses")
                .hasAnyRole(Role.MUNICIPAL_ADMIN.code(), Role.SOUNDING_BOARD.code())
                .requestMatchers(GET, BASE + "/signal-suggestions").hasRole(supporter)
                .requestMatchers(GET, BASE + "/signal-settings").hasRole(Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(PUT, BASE + "/signal-settings").hasRole(Role.MUNICIPAL_ADMIN.code())
                // pages; the new-signal form before the detail pattern it would match
                .requestMatchers(GET, "/signalen/nieuw").hasRole(supporter)
                .requestMatchers(GET, "/signalen", "/signalen/*").hasAnyRole(supporter, Role.MUNICIPAL_ADMIN.code(),
                        Role.SOUNDING_BOARD.code(), Role.POLICY_OFFICER.code())
                .requestMatchers(POST, "/signalen/nieuw", "/signalen/*/sluiten").hasRole(supporter)
                .requestMatchers(POST, "/signalen/*/reactie").hasAnyRole(Role.MUNICIPAL_ADMIN.code(),
                        Role.SOUNDING_BOARD.code());
    }
}
