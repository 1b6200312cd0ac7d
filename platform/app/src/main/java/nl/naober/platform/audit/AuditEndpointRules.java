package nl.naober.platform.audit;

import static org.springframework.http.HttpMethod.GET;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The audit log is read by the privacy officer and by no one else, not even the municipal or
 * platform administrator: those who manage access are not the ones who check it. Reading only;
 * nothing under these paths changes anything.
 */
@Component
class AuditEndpointRules implements EndpointRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/api/v1/municipalities/*/audit-log", "/api/v1/municipalities/*/audit-log/**")
                .hasRole(Role.PRIVACY_OFFICER.code());
    }
}
