package nl.naober.platform.reporting;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import nl.naober.kernel.Role;
import nl.naober.platform.security.EndpointRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Village reports: the supporter (her villages, as they are), the sounding board (its villages) and
 * the administrator and policy officer (every village), the last three suppressed; which villages
 * is decided per request by the module. Only the supporter writes the narrative. The dashboard is
 * the administrator's and the policy officer's; platform figures the platform administrator's;
 * the public annual report anyone's.
 */
@Component
class ReportEndpointRules implements EndpointRules {

    private static final String BASE = "/api/v1/municipalities/*";

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        String[] readers = EndpointRules.authorities(Role.SUPPORTER, Role.SOUNDING_BOARD, Role.MUNICIPAL_ADMIN,
                Role.POLICY_OFFICER);
        String[] dashboard = EndpointRules.authorities(Role.MUNICIPAL_ADMIN, Role.POLICY_OFFICER);
        rules.requestMatchers(GET, BASE + "/village-reports/*", BASE + "/village-reports/*/pdf",
                        BASE + "/village-reports/*/xlsx").hasAnyAuthority(readers)
                .requestMatchers(PUT, BASE + "/village-reports/*/narrative").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, BASE + "/dashboard", BASE + "/dashboard/pdf", BASE + "/dashboard/xlsx")
                .hasAnyAuthority(dashboard)
                .requestMatchers(GET, "/api/v1/platform-figures").hasRole(Role.PLATFORM_ADMIN.code())
                // pages
                .requestMatchers(GET, "/rapportages", "/rapportages/*", "/rapportages/*/pdf", "/rapportages/*/xlsx")
                .hasAnyAuthority(readers)
                .requestMatchers(POST, "/rapportages/*/verhaal").hasRole(Role.SUPPORTER.code())
                .requestMatchers(GET, "/dashboard", "/dashboard/pdf", "/dashboard/xlsx").hasAnyAuthority(dashboard)
                .requestMatchers(GET, "/publiek/*/*/jaarverslag/*", "/publiek/*/*/jaarverslag/*/pdf").permitAll();
    }
}
