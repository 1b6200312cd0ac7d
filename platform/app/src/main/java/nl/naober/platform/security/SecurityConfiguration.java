package nl.naober.platform.security;

import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import nl.naober.kernel.Role;
import nl.naober.platform.api.Problems;
import nl.naober.tenants.TenantRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Access per endpoint. The municipality check (token organization = path municipality) is done by
 * {@link TenantEdgeFilter}; the rules here decide on roles.
 */
@Configuration
class SecurityConfiguration {

    private static final String PLATFORM_ADMIN = Role.PLATFORM_ADMIN.code();
    private static final String MUNICIPAL_ADMIN = Role.MUNICIPAL_ADMIN.code();

    @Bean
    SecurityFilterChain api(HttpSecurity http, Problems problems, TenantRegistry registry,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptions,
            List<EndpointRules> moduleRules) throws Exception {
        http.securityMatcher("/**")
                .csrf(csrf -> csrf.disable()) // stateless bearer-token API; the gateway guards browser sessions
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error").permitAll()
                        .requestMatchers(GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        // exposed only where configured (the test stack uses it to discover every endpoint)
                        .requestMatchers(GET, "/actuator/mappings").hasRole(PLATFORM_ADMIN)
                        .requestMatchers(GET, "/api/v1/function-catalogue").authenticated()
                        .requestMatchers("/api/v1/municipalities", "/api/v1/municipalities/*",
                                "/api/v1/municipalities/*/provisioning", "/api/v1/municipalities/*/administrators")
                        .hasRole(PLATFORM_ADMIN)
                        .requestMatchers(GET, "/api/v1/municipalities/*/me").authenticated()
                        .requestMatchers("/api/v1/municipalities/*/users", "/api/v1/municipalities/*/users/**")
                        .hasRole(MUNICIPAL_ADMIN)
                        .requestMatchers(GET, "/api/v1/municipalities/*/villages", "/api/v1/municipalities/*/villages/**")
                        .authenticated()
                        .requestMatchers("/api/v1/municipalities/*/villages", "/api/v1/municipalities/*/villages/**")
                        .hasRole(MUNICIPAL_ADMIN);
                    // pages and static assets: the web module's EndpointRules
                    moduleRules.forEach(rules -> rules.apply(auth));
                    auth.anyRequest().denyAll();
                })
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromRealmAccess()))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(problems, request, response))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                problems.of(HttpStatus.FORBIDDEN, "forbidden"))))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> unauthorized(problems, request, response))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                problems.of(HttpStatus.FORBIDDEN, "forbidden"))))
                .addFilterAfter(new TenantEdgeFilter(registry, problems, exceptions), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * No (valid) login. Under the public pages ({@code /publiek/…}) there is nothing to log in for:
     * a path no module opened does not exist, so a resident gets the "not found" page.
     */
    private static void unauthorized(Problems problems, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/publiek/")) {
            response.sendError(HttpStatus.NOT_FOUND.value());
        } else {
            problems.write(request, response, problems.of(HttpStatus.UNAUTHORIZED, "unauthorized"));
        }
    }

    private static JwtAuthenticationConverter rolesFromRealmAccess() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> TokenClaims.roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.code()))
                .map(org.springframework.security.core.GrantedAuthority.class::cast)
                .toList());
        converter.setPrincipalClaimName("sub");
        return converter;
    }
}
