package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

@TestPropertySource(properties = "naober.gateway.rate-limit.requests-per-minute-per-client-address=4")
class PublicPagesIntegrationTests extends GatewayTestSupport {

    @Test
    void forwardsPublicPagesWithoutLoginUnchanged() throws Exception {
        MvcResult result = mvc.perform(get("/publiek/dinkelland/denekamp").with(browser()).with(address("10.0.0.1")))
                .andExpect(status().isOk()).andReturn();

        assertThat(APP.received()).singleElement().satisfies(received -> {
            assertThat(received.pathAndQuery()).isEqualTo("/publiek/dinkelland/denekamp");
            assertThat(received.headers().getFirst("X-Naober-Client-Address")).isEqualTo("10.0.0.1");
        });
        // no session is made for a resident reading a public page
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void forwardsPublicPagesOnAMunicipalityHostWithoutLogin() throws Exception {
        mvc.perform(get("/publiek/dinkelland/denekamp").with(host("dinkelland.naober.test")).with(browser())
                        .with(address("10.0.0.2")))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement()
                .satisfies(received -> assertThat(received.pathAndQuery()).isEqualTo("/publiek/dinkelland/denekamp"));
    }

    @Test
    void acceptsAPublicFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/publiek/dinkelland/denekamp/contact").param("bericht", "Graag hulp")
                        .with(address("10.0.0.3")))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(received -> assertThat(received.method()).isEqualTo("POST"));
    }

    @Test
    void sendsNothingOfTheUsersSessionOrForgedHeadersAlong() throws Exception {
        mvc.perform(get("/publiek/dinkelland/denekamp").with(user("dinkelland", "anna")).with(address("10.0.0.4"))
                        .cookie(new Cookie("naober-village", "x"))
                        .header("Authorization", "Bearer forged")
                        .header("X-Naober-Tenant", "losser")
                        .header("X-Naober-Client-Address", "1.2.3.4"))
                .andExpect(status().isOk());

        assertThat(APP.received()).singleElement().satisfies(received -> {
            assertThat(received.headers().get("Authorization")).isNull();
            assertThat(received.headers().get("Cookie")).isNull();
            assertThat(received.headers().get("X-Naober-Tenant")).isNull();
            assertThat(received.headers().get("X-Naober-Csrf-Token")).isNull();
            assertThat(received.headers().getFirst("X-Naober-Client-Address")).isEqualTo("10.0.0.4");
        });
    }

    @Test
    void limitsPublicRequestsPerClientAddress() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/publiek/losser/overdinkel").with(address("10.0.0.5"))).andExpect(status().isOk());
        }

        mvc.perform(get("/publiek/losser/overdinkel").with(address("10.0.0.5")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(get("/publiek/losser/overdinkel").with(address("10.0.0.6"))).andExpect(status().isOk());
        // the style sheets of a public page do not count
        mvc.perform(get("/css/naober.css").with(address("10.0.0.5"))).andExpect(status().isOk());
    }

    @Test
    void keepsEverythingElseBehindTheLogin() throws Exception {
        mvc.perform(get("/g/dinkelland/contacten").with(browser()).with(address("10.0.0.7")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/publiekx/dinkelland").with(browser()).with(address("10.0.0.7")))
                .andExpect(status().is3xxRedirection());

        assertThat(APP.received()).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
