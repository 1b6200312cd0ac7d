package nl.naober.platform.community;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The supporter registers and changes everything of this module, for her own villages (checked per
 * request by the module). Initiatives and activities hold no personal data, so the municipal
 * administrator and the policy officer read them through the API (figures, without the supporter's
 * free text); associations have contact persons and are the supporter's alone. The pages are the
 * supporter's (the other roles get these figures in the reports).
 */
@Component
class CommunityEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String supporter = Role.SUPPORTER.code();
        rules.requestMatchers(GET, BASE + "/initiatives", BASE + "/initiatives/*", BASE + "/activities",
                        BASE + "/activities/*")
                .hasAnyRole(supporter, Role.MUNICIPAL_ADMIN.code(), Role.POLICY_OFFICER.code())
                .requestMatchers(POST, BASE + "/initiatives", BASE + "/initiatives/*/status-changes",
                        BASE + "/initiatives/*/support", BASE + "/activities").hasRole(supporter)
                .requestMatchers(BASE + "/associations", BASE + "/associations/**").hasRole(supporter)
                // pages
                .requestMatchers(GET, "/activiteiten", "/activiteiten/*", "/initiatieven/*", "/verenigingen/*")
                .hasRole(supporter)
                .requestMatchers(POST, "/activiteiten/nieuw", "/initiatieven/nieuw", "/initiatieven/*/status",
                        "/initiatieven/*/steun", "/verenigingen/nieuw", "/verenigingen/*/contactpersonen",
                        "/verenigingen/*/contactpersonen/*/verwijderen", "/verenigingen/*/contactmomenten")
                .hasRole(supporter);
    }
}
