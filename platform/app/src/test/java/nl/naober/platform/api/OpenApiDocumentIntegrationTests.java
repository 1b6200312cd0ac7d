package nl.naober.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.platform.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void publishesTheOpenApiDocumentWithEveryEndpoint() {
        ApiClient.Response response = new ApiClient(port).get("/api/v1/openapi.json", null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("openapi").asString()).startsWith("3.");
        assertThat(response.json().get("paths").propertyNames()).contains(
                "/api/v1/municipalities", "/api/v1/municipalities/{slug}",
                "/api/v1/municipalities/{municipality}/villages",
                "/api/v1/municipalities/{municipality}/villages/{id}/function-profile",
                "/api/v1/function-catalogue");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void unknownPathsAndWrongMethodsAnswerWithProblems() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response wrongMethod = api.send("PUT", "/api/v1/municipalities", 
                nl.naober.platform.Municipalities.platformAdmin(), "{}", "application/json");

        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.json().get("detail").asString()).contains("niet toegestaan");
    }
}
