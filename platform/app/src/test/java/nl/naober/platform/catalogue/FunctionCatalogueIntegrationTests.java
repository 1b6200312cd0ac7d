package nl.naober.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.platform.ApiClient;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FunctionCatalogueIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void servesTheJobProfileCatalogueInDutchAndEnglish() {
        ApiClient.Response response = new ApiClient(port).get("/api/v1/function-catalogue",
                TestTokens.of("dinkelland", "supporter"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("functions")).hasSize(18);
        assertThat(body.get("competences")).hasSize(12);
        JsonNode f15 = body.get("functions").get(14);
        assertThat(f15.get("code").asString()).isEqualTo("F15");
        assertThat(f15.get("mainFunction").asString()).isEqualTo("C");
        assertThat(f15.get("labelNl").asString()).isEqualTo("helpt mantelzorgers de weg te vinden");
        assertThat(f15.get("labelEn").asString()).isEqualTo("helps informal carers find their way");
    }
}
