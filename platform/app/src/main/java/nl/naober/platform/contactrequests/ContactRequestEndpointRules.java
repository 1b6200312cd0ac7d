package nl.naober.platform.contactrequests;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The contact form is public (no login; the gateway limits requests per address, the form itself
 * per address and village); the inbox is the supporter's, for her own villages (checked by the
 * service: another village is "not found").
 */
@Component
class ContactRequestEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*/contact-requests";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/publiek/*/*/contact", "/publiek/*/*/contact/bedankt").permitAll()
                .requestMatchers(POST, "/publiek/*/*/contact").permitAll()
                .requestMatchers(GET, BASE, BASE + "/*").hasRole(Role.SUPPORTER.code())
                .requestMatchers(POST, BASE + "/*/handled").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, ContactRequestPagesController.PATH, ContactRequestPagesController.PATH + "/*")
                .hasRole(Role.SUPPORTER.code())
                .requestMatchers(POST, ContactRequestPagesController.PATH + "/*/afgehandeld")
                .hasRole(Role.SUPPORTER.code());
    }
}
