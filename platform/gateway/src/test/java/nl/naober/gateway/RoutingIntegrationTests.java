package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

class RoutingIntegrationTests extends GatewayTestSupport {

    @Test
    void forwardsPathPrefixedRequestWithPrefixStripped() throws Exception {
        mvc.perform(get("/g/dinkelland/api/v1/villages").queryParam("page", "2")
                        .accept("application/json").with(user("dinkelland", "anna")))
                .andExpect(status().isOk())
                .andExpect(content().string("from the app"));

        assertThat(APP.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.pathAndQuery()).isEqualTo("/api/v1/villages?page=2");
            assertThat(request.header("X-Naober-Tenant")).containsExactly("dinkelland");
            assertThat(request.header("X-Naober-Path-Prefix")).containsExactly("/g/dinkelland");
        });
    }

    @Test
    void forwardsMunicipalityHostRequestWithPathUnchanged() throws Exception {
        mvc.perform(get("/g/other/page").with(host("dinkelland.naober.test")).with(browser())
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isOk());

        // on a municipality host the path belongs to the app, even when it looks like a prefix
        assertThat(APP.received()).singleElement().satisfies(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/g/other/page");
            assertThat(request.header("X-Naober-Tenant")).containsExactly("dinkelland");
            assertThat(request.header("X-Naober-Path-Prefix")).isEmpty();
        });
    }

    @Test
    void replacesTenantHeaderSentByTheClient() throws Exception {
        mvc.perform(get("/g/dinkelland/api/v1/villages").accept("application/json")
                        .header("X-Naober-Tenant", "other")
                        .header("x-naober-tenant", "tubbergen")
                        .header("X-NAOBER-CSRF-TOKEN", "forged")
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(request -> {
            assertThat(request.header("X-Naober-Tenant")).containsExactly("dinkelland");
            assertThat(request.header("X-Naober-Csrf-Token")).doesNotContain("forged");
        });
    }

    @Test
    void relaysTheSessionsAccessTokenInsteadOfTheClientsAuthorization() throws Exception {
        mvc.perform(get("/g/dinkelland/api/v1/villages").accept("application/json")
                        .header("Authorization", "Bearer forged-by-client")
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization")).containsExactly("Bearer access-anna"));
    }

    @Test
    void refreshesAnExpiredAccessTokenBeforeRelayingIt() throws Exception {
        Instant now = Instant.now();
        OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "expired-access",
                now.minusSeconds(600), now.minusSeconds(300));

        // not oidcLogin(): its test client manager would answer with the test token, bypassing the session
        mvc.perform(get("/g/dinkelland/api/v1/villages").accept("application/json")
                        .with(sessionLogin("dinkelland", "anna", expired)))
                .andExpect(status().isOk());

        assertThat(APP.tokenRequests()).singleElement()
                .satisfies(request -> assertThat(request.method()).isEqualTo("POST"));
        assertThat(APP.received()).singleElement().satisfies(request -> assertThat(request.header("Authorization"))
                .containsExactly("Bearer " + StubApp.REFRESHED_ACCESS_TOKEN));
    }

    @Test
    void keepsTheGatewaySessionCookieFromTheApp() throws Exception {
        mvc.perform(get("/g/dinkelland/").with(browser()).cookie(new Cookie("theme", "dark"))
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(request -> {
            List<String> cookies = request.header("Cookie");
            assertThat(String.join(";", cookies)).contains("theme=dark").doesNotContain("SESSION");
        });
    }

    @Test
    void handsTheCsrfTokenToTheAppForItsForms() throws Exception {
        mvc.perform(post("/g/dinkelland/dorpen").with(browser()).with(csrf()).with(user("dinkelland", "anna")))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("X-Naober-Csrf-Token")).singleElement().asString().isNotBlank();
        });
    }
}
