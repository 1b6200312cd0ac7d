package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@TestPropertySource(properties = {
        "naober.gateway.rate-limit.requests-per-minute-per-user=3",
        "naober.gateway.rate-limit.requests-per-minute-per-tenant=5"})
class RateLimitIntegrationTests extends GatewayTestSupport {

    @Test
    void refusesUserOverHerLimitWithRetryAfter() throws Exception {
        RequestPostProcessor anna = user("dinkelland", "anna");
        for (int i = 0; i < 3; i++) {
            call("dinkelland", anna).andExpect(status().isOk());
        }

        call("dinkelland", anna)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Te veel verzoeken"))
                .andExpect(header().string("Retry-After", "20")); // 3 a minute: one back every 20 s

        assertThat(APP.received()).hasSize(3);
    }

    @Test
    void letsAnotherUserOfTheSameMunicipalityPass() throws Exception {
        RequestPostProcessor bert = user("losser", "bert");
        for (int i = 0; i < 4; i++) {
            call("losser", bert);
        }

        call("losser", user("losser", "carla")).andExpect(status().isOk());
    }

    @Test
    void refusesMunicipalityOverItsLimitButNotAnother() throws Exception {
        call("tubbergen", user("tubbergen", "dirk")).andExpect(status().isOk());
        for (String subject : new String[] {"eva", "fenna"}) {
            RequestPostProcessor user = user("tubbergen", subject);
            call("tubbergen", user).andExpect(status().isOk());
            call("tubbergen", user).andExpect(status().isOk());
        }

        // five requests of three users: the sixth is over the municipality's limit, whoever sends it
        call("tubbergen", user("tubbergen", "gijs"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        call("oldenzaal", user("oldenzaal", "hanna")).andExpect(status().isOk());
    }

    @Test
    void staticAssetsOfPagesDoNotCountTowardsTheLimit() throws Exception {
        RequestPostProcessor ina = user("hengelo", "ina");
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/g/hengelo/nlds/fonts/noto-sans-latin-400-normal.woff2").with(ina))
                    .andExpect(status().isOk());
        }

        for (int i = 0; i < 3; i++) {
            call("hengelo", ina).andExpect(status().isOk());
        }
        call("hengelo", ina).andExpect(status().isTooManyRequests());
        mvc.perform(post("/g/hengelo/nlds/x").with(ina).with(csrf())).andExpect(status().isTooManyRequests());
    }

    private ResultActions call(String municipality, RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/g/" + municipality + "/api/v1/villages").accept("application/json").with(user));
    }
}
