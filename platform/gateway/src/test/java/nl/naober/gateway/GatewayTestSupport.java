package nl.naober.gateway;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The gateway with a real PostgreSQL (sessions), the stub app behind it and no Keycloak: users are
 * logged in with Spring Security's {@code oidcLogin()}, and their tokens are put into a real JDBC
 * session the way the OIDC login would leave them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class GatewayTestSupport {

    static final StubApp APP = StubApp.start();

    @Autowired
    MockMvc mvc;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    ClientRegistrationRepository registrations;

    @DynamicPropertySource
    static void stubApp(DynamicPropertyRegistry registry) {
        registry.add("naober.gateway.app-uri", () -> APP.uri().toString());
        // Keycloak "answers" here: the stub app stands in for it when the login checks availability
        registry.add("naober.gateway.login-probe-uri", () -> APP.uri().toString());
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
                () -> APP.uri() + StubApp.TOKEN_PATH);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        APP.reset();
    }

    /** A logged-in user of {@code municipality} whose session holds a valid access token. */
    RequestPostProcessor user(String municipality, String subject) {
        Instant now = Instant.now();
        return as(municipality, subject, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                "access-" + subject, now.minusSeconds(10), now.plusSeconds(300)));
    }

    /** A logged-in user of {@code municipality} with the given access token (and a refresh token) in the session. */
    RequestPostProcessor as(String municipality, String subject, OAuth2AccessToken accessToken) {
        ClientRegistration keycloak = registrations.findByRegistrationId("keycloak");
        Cookie session = sessionWith(new OAuth2AuthorizedClient(keycloak, subject, accessToken,
                new OAuth2RefreshToken("refresh-" + subject, accessToken.getIssuedAt())));
        RequestPostProcessor login = oidcLogin()
                .clientRegistration(keycloak)
                .idToken(token -> token.subject(subject).claim("organization", List.of(municipality)));
        RequestPostProcessor client = oauth2Client(keycloak.getRegistrationId()).clientRegistration(keycloak)
                .principalName(subject).accessToken(accessToken);
        return request -> {
            request.setCookies(append(request.getCookies(), session));
            return client.postProcessRequest(login.postProcessRequest(request));
        };
    }

    /**
     * A logged-in user whose tokens come only from the JDBC session, through the application's own
     * authorized-client manager (so that refreshing an expired token really happens).
     */
    RequestPostProcessor sessionLogin(String municipality, String subject, OAuth2AccessToken accessToken) {
        ClientRegistration keycloak = registrations.findByRegistrationId("keycloak");
        Cookie session = sessionWith(new OAuth2AuthorizedClient(keycloak, subject, accessToken,
                new OAuth2RefreshToken("refresh-" + subject, accessToken.getIssuedAt())));
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(subject)
                .claim("organization", List.of(municipality))
                .issuedAt(accessToken.getIssuedAt()).expiresAt(Instant.now().plusSeconds(300)).build();
        DefaultOidcUser user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken);
        RequestPostProcessor login = authentication(
                new OAuth2AuthenticationToken(user, user.getAuthorities(), keycloak.getRegistrationId()));
        return request -> {
            request.setCookies(append(request.getCookies(), session));
            return login.postProcessRequest(request);
        };
    }

    /** A browser navigation: Accept as a browser sends it. */
    static RequestPostProcessor browser() {
        return request -> {
            request.addHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            return request;
        };
    }

    /** A request to a municipality host, as {@code dinkelland.naober.test}. */
    static RequestPostProcessor host(String host) {
        return request -> {
            request.setServerName(host);
            request.addHeader("Host", host);
            return request;
        };
    }

    static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }

    /** Stores the authorized client in a new JDBC session exactly as the login would, and returns its cookie. */
    private Cookie sessionWith(OAuth2AuthorizedClient client) {
        MockHttpServletRequest scratch = new MockHttpServletRequest();
        MockHttpSession scratchSession = new MockHttpSession();
        scratch.setSession(scratchSession);
        new HttpSessionOAuth2AuthorizedClientRepository().saveAuthorizedClient(client, null, scratch,
                new MockHttpServletResponse());
        String id = saveSession(sessions, scratchSession);
        return new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
    }

    private static <S extends Session> String saveSession(SessionRepository<S> repository, MockHttpSession attributes) {
        S session = repository.createSession();
        for (String name : Collections.list(attributes.getAttributeNames())) {
            session.setAttribute(name, attributes.getAttribute(name));
        }
        repository.save(session);
        return session.getId();
    }

    private static Cookie[] append(Cookie[] cookies, Cookie cookie) {
        if (cookies == null) {
            return new Cookie[] {cookie};
        }
        Cookie[] all = java.util.Arrays.copyOf(cookies, cookies.length + 1);
        all[cookies.length] = cookie;
        return all;
    }
}
