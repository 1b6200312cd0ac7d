package nl.naober.gateway;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** When Keycloak does not answer, a login attempt gets a Dutch page instead of a browser error. */
@SpringBootTest(properties = {
        "naober.gateway.login-probe-uri=http://127.0.0.1:9/realms/naober", // nobody answers there
        "naober.gateway.app-uri=http://127.0.0.1:9",
        "spring.security.oauth2.client.provider.keycloak.token-uri=http://127.0.0.1:9/token"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginAvailabilityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsADutchPageWhenTheLoginCannotBeReached() throws Exception {
        mvc.perform(get("/oauth2/authorization/keycloak").accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Inloggen tijdelijk niet mogelijk")))
                .andExpect(content().string(containsString("Wie al is ingelogd, kan gewoon verder werken")));
    }
}
