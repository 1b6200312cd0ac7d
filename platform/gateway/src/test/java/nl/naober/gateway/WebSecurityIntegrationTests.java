package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

class WebSecurityIntegrationTests extends GatewayTestSupport {

    @Test
    void sendsAnonymousBrowserToTheLogin() throws Exception {
        mvc.perform(get("/g/dinkelland/").with(browser()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/oauth2/authorization/keycloak")));

        assertThat(APP.received()).isEmpty();
    }

    @Test
    void startsTheKeycloakAuthorizationCodeFlowWithTheOrganizationScope() throws Exception {
        mvc.perform(get("/oauth2/authorization/keycloak").with(browser()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString(
                        "http://keycloak.test/realms/naober/protocol/openid-connect/auth?response_type=code")))
                .andExpect(header().string("Location", containsString("client_id=naober-gateway")))
                .andExpect(header().string("Location", containsString("scope=openid%20profile%20email%20organization")));
    }

    @Test
    void answersAnonymousApiCallWithUnauthorizedProblem() throws Exception {
        mvc.perform(get("/g/dinkelland/api/v1/villages").accept("application/json"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet ingelogd"));

        assertThat(APP.received()).isEmpty();
    }

    @Test
    void refusesStateChangingRequestWithoutCsrfToken() throws Exception {
        mvc.perform(post("/g/dinkelland/api/v1/villages").accept("application/json")
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://naober.nl/problemen/csrf"));
        mvc.perform(delete("/g/dinkelland/api/v1/villages/1").accept("application/json")
                        .with(csrf().useInvalidToken()).with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden());

        assertThat(APP.received()).isEmpty();
    }

    @Test
    void forwardsStateChangingRequestWithCsrfToken() throws Exception {
        mvc.perform(post("/g/dinkelland/api/v1/villages").accept("application/json").with(csrf())
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isOk());

        assertThat(APP.received()).hasSize(1);
    }

    @Test
    void setsSecurityHeadersWithoutHstsOnPlainHttp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString(
                        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'; "
                                + "form-action 'self' http://keycloak.test")))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void setsHstsOnSecureRequests() throws Exception {
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    @Test
    void setsSecurityHeadersOnForwardedResponses() throws Exception {
        mvc.perform(get("/g/dinkelland/").with(browser()).with(user("dinkelland", "anna")))
                .andExpect(status().isOk())
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void keepsHealthProbesPublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").accept("application/json")).andExpect(status().isUnauthorized());
    }

    @Test
    void sendsLoggedInUserFromLandingToHerMunicipality() throws Exception {
        mvc.perform(get("/").with(browser()).with(user("dinkelland", "anna")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/g/dinkelland/"));
    }

    @Test
    void sendsAnonymousUserFromLandingToTheLogin() throws Exception {
        mvc.perform(get("/").with(browser()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/oauth2/authorization/keycloak")));
    }

    @Test
    void endsTheSessionOnLogout() throws Exception {
        MockHttpServletRequest request = mvc.perform(post("/logout").with(browser()).with(csrf())
                        .with(user("dinkelland", "anna")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest();

        Cookie session = request.getCookies()[0];
        assertThat(session.getName()).isEqualTo("SESSION");
        assertThat(sessions.findById(sessionId(session))).isNull();
    }

    @Test
    void refusesLogoutWithoutCsrfToken() throws Exception {
        mvc.perform(post("/logout").accept("application/json").with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden());
    }
}
