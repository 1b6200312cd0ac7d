package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The case systems' notifications (ZGW webhook): forwarded without a login, with their own Authorization. */
class ZgwNotificationsIntegrationTests extends GatewayTestSupport {

    private static final String NOTIFICATION = """
            {"kanaal": "zaken", "hoofdObject": "https://zaken.example/zaken/api/v1/zaken/1",
             "resource": "status", "resourceUrl": "https://zaken.example/zaken/api/v1/statussen/1",
             "actie": "create", "aanmaakdatum": "2026-12-07T08:00:00Z"}""";

    @Test
    void forwardsANotificationWithoutLoginOrCsrfTokenWithItsAuthorization() throws Exception {
        mvc.perform(post("/api/v1/zgw-notificaties/dinkelland").contentType(MediaType.APPLICATION_JSON)
                        .content(NOTIFICATION).header("Authorization", "Token geheim"))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.pathAndQuery()).isEqualTo("/api/v1/zgw-notificaties/dinkelland");
            assertThat(received.headers().getFirst("Authorization")).isEqualTo("Token geheim");
        });
    }

    @Test
    void forwardsANotificationOnAMunicipalityHostUnchanged() throws Exception {
        mvc.perform(post("/api/v1/zgw-notificaties/dinkelland").with(host("dinkelland.naober.test"))
                        .contentType(MediaType.APPLICATION_JSON).content(NOTIFICATION)
                        .header("Authorization", "Token geheim"))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(received -> {
            assertThat(received.pathAndQuery()).isEqualTo("/api/v1/zgw-notificaties/dinkelland");
            assertThat(received.headers().getFirst("Authorization")).isEqualTo("Token geheim");
            // not a user's request: no user token is relayed in its place
            assertThat(received.headers().get("X-Naober-Tenant")).isNull();
        });
    }

    @Test
    void sendsNothingOfAUsersSessionOrForgedHeadersAlong() throws Exception {
        mvc.perform(post("/api/v1/zgw-notificaties/dinkelland").with(user("dinkelland", "anna"))
                        .contentType(MediaType.APPLICATION_JSON).content(NOTIFICATION)
                        .cookie(new Cookie("naober-village", "x"))
                        .header("Authorization", "Token geheim")
                        .header("X-Naober-Tenant", "losser")
                        .header("X-Naober-Csrf-Token", "forged"))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(received -> {
            assertThat(received.headers().getFirst("Authorization")).isEqualTo("Token geheim");
            assertThat(received.headers().get("Cookie")).isNull();
            assertThat(received.headers().get("X-Naober-Tenant")).isNull();
            assertThat(received.headers().get("X-Naober-Csrf-Token")).isNull();
        });
    }

    @Test
    void opensOnlyThePostOfTheWebhookItself() throws Exception {
        // an API path behind the login: a problem, not the login page
        mvc.perform(get("/api/v1/zgw-notificaties/dinkelland").header("Authorization", "Token geheim"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/zgw-notificaties/dinkelland/meer").contentType(MediaType.APPLICATION_JSON)
                        .content(NOTIFICATION).header("Authorization", "Token geheim"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/zgw-notificatiesx/dinkelland").contentType(MediaType.APPLICATION_JSON)
                        .content(NOTIFICATION).header("Authorization", "Token geheim"))
                .andExpect(status().is4xxClientError());

        assertThat(APP.received()).isEmpty();
    }
}
