package nl.naober.platform.delivery;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Failed deliveries, their retry and the configured channel: the municipal admin's. */
@Component
class FailedDeliveryEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, BASE + "/intake-deliveries", BASE + "/intake-delivery-channel")
                .hasRole(Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(POST, BASE + "/intake-deliveries/*/retry").hasRole(Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(GET, "/mislukte-verzendingen").hasRole(Role.MUNICIPAL_ADMIN.code())
                .requestMatchers(POST, "/mislukte-verzendingen/*/opnieuw").hasRole(Role.MUNICIPAL_ADMIN.code());
    }
}
