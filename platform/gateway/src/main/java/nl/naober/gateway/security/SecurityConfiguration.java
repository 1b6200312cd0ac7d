package nl.naober.gateway.security;

import nl.naober.gateway.errors.ErrorResponses;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The gateway's web security: OIDC login with Keycloak (authorization code; the browser holds
 * only the session cookie), CSRF tokens kept in the session, security headers, RP-initiated
 * logout, and everything but health, the public pages, static assets and the case systems'
 * notifications authenticated.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, ErrorResponses errors,
            ClientRegistrationRepository registrations,
            @Value("${naober.gateway.login-probe-uri:}") String loginProbe) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // the public pages and the assets they link: no login (see AppRoutes)
                        .requestMatchers("/publiek/**").permitAll()
                        // the case systems' notifications: no user; the app checks their token (see AppRoutes)
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/zgw-notificaties/*")
                        .permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/css/**", "/img/**", "/nlds/**",
                                "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> { })
                .addFilterBefore(new LoginAvailabilityFilter(loginProbe(registrations, loginProbe), errors),
                        OAuth2AuthorizationRequestRedirectFilter.class)
                .logout(out -> out.logoutSuccessHandler(logout))
                // Tokens in the (JDBC) session, not in a cookie: JavaScript never reads them, and the
                // gateway hands the current token to the app per request (X-Naober-Csrf-Token) for
                // its server-rendered forms (_csrf) and htmx (X-CSRF-TOKEN header).
                // the public pages get no CSRF token: no session rides along (the route drops every
                // cookie), so a forged cross-site post can do nothing the sender could not do himself
                .csrf(csrf -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository())
                        .ignoringRequestMatchers("/publiek/**", "/api/v1/zgw-notificaties/*"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginOrProblemEntryPoint(errors))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(errors)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.of(registrations)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        // written only on secure (TLS) requests: HSTS over plain HTTP is meaningless
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** Where to check that Keycloak answers: configured, else the login page itself. */
    private static URI loginProbe(ClientRegistrationRepository registrations, String configured) {
        if (!configured.isBlank()) {
            return URI.create(configured);
        }
        ClientRegistration keycloak = registrations.findByRegistrationId("keycloak");
        String issuer = keycloak.getProviderDetails().getIssuerUri();
        return URI.create(issuer != null ? issuer + "/.well-known/openid-configuration"
                : keycloak.getProviderDetails().getAuthorizationUri());
    }

    /** Access and refresh tokens live in the HTTP session, which Spring Session keeps in PostgreSQL. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }
}
