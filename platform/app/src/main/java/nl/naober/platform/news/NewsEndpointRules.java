package nl.naober.platform.news;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The municipal administrator keeps the feed; supporters, sounding-board members and policy
 * officers read it (news holds no personal data and is meant for everyone who works on the
 * villages). WMO consultants and privacy officers have no part in it. Which items a reader sees is
 * decided per request by the module. The pages follow the API.
 */
@Component
class NewsEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String admin = Role.MUNICIPAL_ADMIN.code();
        String[] readers = {admin, Role.SUPPORTER.code(), Role.SOUNDING_BOARD.code(), Role.POLICY_OFFICER.code()};
        rules.requestMatchers(GET, BASE + "/news-items", BASE + "/news-items/*").hasAnyRole(readers)
                .requestMatchers(POST, BASE + "/news-items", BASE + "/news-items/*/withdrawal").hasRole(admin)
                .requestMatchers(PUT, BASE + "/news-items/*").hasRole(admin)
                // pages; the administrator's forms before the detail pattern they would match
                .requestMatchers(GET, "/nieuws/nieuw", "/nieuws/*/wijzigen").hasRole(admin)
                .requestMatchers(POST, "/nieuws/nieuw", "/nieuws/*/wijzigen", "/nieuws/*/intrekken").hasRole(admin)
                .requestMatchers(GET, "/nieuws", "/nieuws/*").hasAnyRole(readers);
    }
}
