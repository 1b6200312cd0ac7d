package nl.naober.platform.socialmap;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The social map holds organisation data, no personal data: supporters and the municipal
 * administrator keep it (which entries a supporter may change is decided per request: those
 * serving one of her villages), policy officers and sounding-board members read it, WMO consultants
 * and the privacy officer have no use for it. The staleness period is the administrator's. Residents
 * search its public entries on the public page, without login.
 */
@Component
class SocialMapEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String supporter = Role.SUPPORTER.code();
        String admin = Role.MUNICIPAL_ADMIN.code();
        String[] readers = {supporter, admin, Role.POLICY_OFFICER.code(), Role.SOUNDING_BOARD.code()};
        rules.requestMatchers(GET, BASE + "/social-map-entries", BASE + "/social-map-entries/*").hasAnyRole(readers)
                .requestMatchers(POST, BASE + "/social-map-entries", BASE + "/social-map-entries/*/verification")
                .hasAnyRole(supporter, admin)
                .requestMatchers(PUT, BASE + "/social-map-entries/*").hasAnyRole(supporter, admin)
                .requestMatchers(POST, BASE + "/social-map-imports", BASE + "/social-map-imports/*/confirmation")
                .hasAnyRole(supporter, admin)
                .requestMatchers(GET, BASE + "/social-map-imports/*").hasAnyRole(supporter, admin)
                .requestMatchers(DELETE, BASE + "/social-map-imports/*").hasAnyRole(supporter, admin)
                .requestMatchers(GET, BASE + "/social-map-settings").hasRole(admin)
                .requestMatchers(PUT, BASE + "/social-map-settings").hasRole(admin)
                // the pages: the same split; the fixed paths before the entry's pattern they would match
                .requestMatchers(GET, "/sociale-kaart/instellingen").hasRole(admin)
                .requestMatchers(POST, "/sociale-kaart/instellingen").hasRole(admin)
                .requestMatchers(GET, "/sociale-kaart/nieuw", "/sociale-kaart/importeren", "/sociale-kaart/importeren/*",
                        "/sociale-kaart/*/wijzigen").hasAnyRole(supporter, admin)
                .requestMatchers(GET, "/sociale-kaart", "/sociale-kaart/export", "/sociale-kaart/*").hasAnyRole(readers)
                .requestMatchers(POST, "/sociale-kaart/nieuw", "/sociale-kaart/*/wijzigen", "/sociale-kaart/*/bijgewerkt",
                        "/sociale-kaart/importeren", "/sociale-kaart/importeren/*/bevestigen",
                        "/sociale-kaart/importeren/*/verwerpen").hasAnyRole(supporter, admin)
                // residents: the public entries of a village, without login
                .requestMatchers(GET, "/publiek/*/*/sociale-kaart").permitAll();
    }
}
