package nl.naober.platform.dataprotection;

import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Retention is the municipality's policy, set by its administrator. Running retention by hand
 * (the {@code retention} actuator endpoint, exposed only where operations switch it on) is for
 * the platform administrator. The data-subject export lives under {@code /residents/**}, which the
 * contacts module owns: supporters only.
 */
@Component
class DataProtectionEndpointRules implements EndpointRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/v1/municipalities/*/retention-settings")
                .hasRole(Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(POST, "/actuator/retention", "/actuator/retention/*")
                .hasRole(Role.PLATFORM_ADMIN.code());
    }
}
