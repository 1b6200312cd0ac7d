package nl.naober.platform.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Access to the web module's own paths: the static assets are public (no municipality's data),
 * the start page, the village switcher and the branding style sheet are for the roles of a
 * municipality (which one is checked by the tenant edge).
 */
@Component
class WebEndpointRules implements EndpointRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String[] municipalRoles = EndpointRules.authorities(WebConfiguration.MUNICIPAL_ROLES.toArray(Role[]::new));
        rules.requestMatchers(GET, "/css/**", "/img/**", "/nlds/**", "/webjars/**").permitAll()
                .requestMatchers(GET, "/publiek/*/huisstijl.css").permitAll()
                .requestMatchers(GET, "/", BrandingController.PATH).hasAnyAuthority(municipalRoles)
                .requestMatchers(POST, VillageChoiceController.PATH).hasAnyAuthority(municipalRoles);
    }
}
