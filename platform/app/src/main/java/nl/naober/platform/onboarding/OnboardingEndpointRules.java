package nl.naober.platform.onboarding;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The checklist and the progress overview are the municipal administrator's; the supporter's own
 * development ({@code /me/onboarding}, {@code /me/reflections}, {@code /me/trainings} and the pages
 * under {@code /mijn-ontwikkeling}) is the supporter's alone: no other role reaches it, and the
 * module gives each supporter only her own records.
 */
@Component
class OnboardingEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String admin = Role.MUNICIPAL_ADMIN.code();
        String supporter = Role.SUPPORTER.code();
        rules.requestMatchers(BASE + "/onboarding-items", BASE + "/onboarding-items/*", BASE + "/onboarding-progress",
                        BASE + "/onboarding-progress/*").hasRole(admin)
                .requestMatchers(BASE + "/me/onboarding", BASE + "/me/onboarding/*", BASE + "/me/reflections",
                        BASE + "/me/reflections/*", BASE + "/me/trainings", BASE + "/me/trainings/*")
                .hasRole(supporter)
                // pages
                .requestMatchers(GET, "/inwerken", "/inwerken/*", "/inwerken/checklist/*").hasRole(admin)
                .requestMatchers(POST, "/inwerken/checklist", "/inwerken/checklist/*").hasRole(admin)
                .requestMatchers(GET, "/mijn-ontwikkeling", "/mijn-ontwikkeling/taken/*", "/mijn-ontwikkeling/reflecties",
                        "/mijn-ontwikkeling/trainingen").hasRole(supporter)
                .requestMatchers(POST, "/mijn-ontwikkeling/taken/*", "/mijn-ontwikkeling/reflecties",
                        "/mijn-ontwikkeling/reflecties/*/verwijderen", "/mijn-ontwikkeling/trainingen",
                        "/mijn-ontwikkeling/trainingen/*/verwijderen").hasRole(supporter);
    }
}
