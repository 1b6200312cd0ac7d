package nl.naober.platform.funding;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Funding is the municipal administrator's, API and page ("Subsidie"); the reports show it to the others. */
@Component
class FundingEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String admin = Role.MUNICIPAL_ADMIN.code();
        rules.requestMatchers(GET, BASE + "/grants").hasRole(admin)
                .requestMatchers(PUT, BASE + "/grants").hasRole(admin)
                .requestMatchers(POST, BASE + "/grant-costs").hasRole(admin)
                .requestMatchers(GET, "/subsidie").hasRole(admin)
                .requestMatchers(POST, "/subsidie", "/subsidie/kosten").hasRole(admin);
    }
}
