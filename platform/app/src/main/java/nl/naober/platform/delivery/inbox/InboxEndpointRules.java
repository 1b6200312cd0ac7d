package nl.naober.platform.delivery.inbox;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The inbox is the municipality's case file: its WMO consultants alone. The supporter who took the
 * intake follows it through its delivery state, never through the inbox; the admin neither.
 */
@Component
class InboxEndpointRules implements EndpointRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/municipalities/*/inbox-intakes", "/api/v1/municipalities/*/inbox-intakes/**")
                .hasRole(Role.WMO_CONSULTANT.code())
                .requestMatchers(GET, "/meldingen", "/meldingen/*", "/meldingen/*/document").hasRole(Role.WMO_CONSULTANT.code())
                .requestMatchers(POST, "/meldingen/*/accepteren", "/meldingen/*/voortgang")
                .hasRole(Role.WMO_CONSULTANT.code());
    }
}
