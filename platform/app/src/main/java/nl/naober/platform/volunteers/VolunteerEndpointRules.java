package nl.naober.platform.volunteers;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The register, VOGs, help requests and links are the supporter's; the totals also the municipal
 * administrator's (without names); the VOG settings the administrator's alone. The volunteer's own
 * page behind her link is public: the token is the only key.
 */
@Component
class VolunteerEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(BASE + "/volunteers", BASE + "/volunteers/**", BASE + "/help-requests",
                        BASE + "/help-requests/**").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, BASE + "/volunteer-hours")
                .hasAnyRole(Role.SUPPORTER.code(), Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(BASE + "/volunteer-settings").hasRole(Role.MUNICIPAL_ADMIN.code())
                // the pages: the same split
                .requestMatchers(GET, "/vrijwilligers", "/vrijwilligers/*", "/vrijwilligers/*/wijzigen", "/hulpvragen",
                        "/hulpvragen/*").hasRole(Role.SUPPORTER.code())
                .requestMatchers(POST, "/vrijwilligers/nieuw", "/vrijwilligers/*/wijzigen", "/vrijwilligers/*/vog",
                        "/vrijwilligers/*/urenlink", "/vrijwilligers/*/urenlink/intrekken", "/hulpvragen/nieuw",
                        "/hulpvragen/*/koppelen", "/hulpvragen/*/status").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, "/vrijwilligersuren")
                .hasAnyRole(Role.SUPPORTER.code(), Role.MUNICIPAL_ADMIN.code())
                .requestMatchers("/vrijwilligers-instellingen").hasRole(Role.MUNICIPAL_ADMIN.code())
                // the volunteer's own page behind her personal link: the token is the key
                .requestMatchers(GET, "/publiek/*/uren/*").permitAll()
                .requestMatchers(POST, "/publiek/*/uren/*").permitAll();
    }
}
