package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class TenantCheckIntegrationTests extends GatewayTestSupport {

    @Test
    void refusesSessionOfOtherMunicipalityWithProblemForApiCalls() throws Exception {
        mvc.perform(get("/g/tubbergen/api/v1/villages").accept("application/json")
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Andere gemeente"))
                .andExpect(jsonPath("$.detail").value(containsString("andere gemeente dan tubbergen")));

        assertThat(APP.received()).isEmpty();
    }

    @Test
    void refusesSessionOfOtherMunicipalityWithPageForBrowsers() throws Exception {
        mvc.perform(get("/g/tubbergen/").with(browser()).with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1>Andere gemeente</h1>")))
                .andExpect(content().string(not(containsString("Exception"))));

        assertThat(APP.received()).isEmpty();
    }

    @Test
    void refusesSessionOfOtherMunicipalityOnItsHost() throws Exception {
        mvc.perform(get("/api/v1/villages").with(host("tubbergen.naober.test")).accept("application/json")
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden());

        assertThat(APP.received()).isEmpty();
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/g/tubbergen/api/v1/villages").accept("application/json").header("Accept-Language", "en")
                        .with(user("dinkelland", "anna")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Other municipality"));
    }
}
