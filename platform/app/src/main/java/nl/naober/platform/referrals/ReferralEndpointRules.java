package nl.naober.platform.referrals;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Referrals are personal data of the supporter's residents: hers alone. The referrals of one
 * resident live under {@code /residents/{id}/referrals}, a path the contacts module owns with the
 * same rule (supporter only); declaring it here again would make two modules' rules overlap. The
 * pages are hers too: the referral form below a resident ({@code /inwoners/{id}/doorverwijzen},
 * exactly that path, so it does not reach into the contacts module's pages) and {@code /doorverwijzingen…}.
 */
@Component
class ReferralEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(BASE + "/referrals", BASE + "/referrals/**").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, "/inwoners/*/doorverwijzen", "/doorverwijzingen", "/doorverwijzingen/*")
                .hasRole(Role.SUPPORTER.code())
                .requestMatchers(POST, "/inwoners/*/doorverwijzen", "/doorverwijzingen/*/uitkomst")
                .hasRole(Role.SUPPORTER.code());
    }
}
