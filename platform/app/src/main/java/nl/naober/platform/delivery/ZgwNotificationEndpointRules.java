package nl.naober.platform.delivery;

import static org.springframework.http.HttpMethod.POST;

import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The case systems' webhook: no user role may use it and none is needed. It is open to the
 * security chain because its caller has no user token; {@link ZgwNotificationsController} checks the
 * municipality's notification token itself before it reads anything.
 */
@Component
class ZgwNotificationEndpointRules implements EndpointRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(POST, ZgwNotificationsController.PATH + "/*").permitAll();
    }
}
