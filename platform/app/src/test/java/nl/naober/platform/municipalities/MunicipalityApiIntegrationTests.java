package nl.naober.platform.municipalities;

import static nl.naober.platform.Municipalities.platformAdmin;
import static nl.naober.platform.Municipalities.randomCbsCode;
import static nl.naober.platform.Municipalities.registration;
import static nl.naober.platform.Municipalities.validRsin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestIdentifiers;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "naober.tenants.export-directory=${java.io.tmpdir}/naober-app-test-exports")
class MunicipalityApiIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void platformAdminRegistersAMunicipalityThatIsActiveAtOnce() {
        String slug = TestIdentifiers.uniqueSlug("reg");
        ApiClient.Response created = Municipalities.register(api, slug, "Dinkelland");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/municipalities/" + slug);
        assertThat(created.header("API-Version")).isEqualTo("1.0.0");
        assertThat(created.json().get("status").asString()).isEqualTo("active");

        ApiClient.Response shown = api.get("/api/v1/municipalities/" + slug, platformAdmin());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("name").asString()).isEqualTo("Dinkelland");
        assertThat(api.get("/api/v1/municipalities", platformAdmin()).json().findValuesAsString("slug"))
                .contains(slug);
    }

    @Test
    void rejectsAnInvalidCbsCodeWithADutchFieldError() {
        ApiClient.Response response = api.post("/api/v1/municipalities", platformAdmin(),
                registration("ongeldig-cbs", "Ergens", "GM12", validRsin()));

        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("CBS-code").contains("vier cijfers");
        assertThat(invalidParam(response, "cbsCode")).isNotNull();
    }

    @Test
    void rejectsAnRsinThatFailsTheElevenProof() {
        ApiClient.Response response = api.post("/api/v1/municipalities", platformAdmin(),
                registration("slecht-rsin", "Ergens", randomCbsCode(), "123456789"));

        assertProblem(response, 400);
        assertThat(invalidParam(response, "rsin").get("reason").asString()).contains("elfproef");
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ApiClient.Response response = api.post("/api/v1/municipalities", platformAdmin(),
                registration("Hoofd Letters", "x".repeat(101), "1774", "000000000"));

        assertProblem(response, 400);
        assertThat(response.json().get("invalidParams").findValuesAsString("name"))
                .containsExactlyInAnyOrder("slug", "cbsCode", "rsin", "name");
        assertThat(invalidParam(response, "name").get("reason").asString()).contains("hoogstens 100 tekens");
    }

    @Test
    void rejectsADuplicateSlugAndADuplicateCbsCodeWithConflict() {
        String slug = Municipalities.register(api, "dup");
        String cbs = api.get("/api/v1/municipalities/" + slug, platformAdmin()).json().get("cbsCode").asString();

        ApiClient.Response sameSlug = api.post("/api/v1/municipalities", platformAdmin(),
                registration(slug, "Ander", randomCbsCode(), validRsin()));
        ApiClient.Response sameCode = api.post("/api/v1/municipalities", platformAdmin(),
                registration(slug + "-twee", "Ander", cbs, validRsin()));

        assertProblem(sameSlug, 409);
        assertThat(sameSlug.json().get("detail").asString()).contains("korte naam '" + slug + "'");
        assertProblem(sameCode, 409);
        assertThat(sameCode.json().get("detail").asString()).contains("CBS-code " + cbs);
        assertThat(api.get("/api/v1/municipalities/" + slug + "-twee", platformAdmin()).status()).isEqualTo(404);
    }

    @Test
    void rejectsMalformedJson() {
        ApiClient.Response response = api.post("/api/v1/municipalities", platformAdmin(), "{\"slug\": \"abc\",");

        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("geen geldige JSON");
    }

    @Test
    void answersNotFoundForAnUnknownMunicipality() {
        ApiClient.Response response = api.get("/api/v1/municipalities/bestaat-niet", platformAdmin());

        assertProblem(response, 404);
        assertThat(response.json().get("detail").asString()).isEqualTo(
                "Gemeente 'bestaat-niet' is niet bekend op dit platform.");
        assertProblem(api.delete("/api/v1/municipalities/bestaat-niet", platformAdmin()), 404);
    }

    @Test
    void offboardingExportsAndRemovesTheMunicipality() throws Exception {
        String slug = Municipalities.register(api, "weg");
        String admin = TestTokens.of(slug, "municipal-admin");
        assertThat(api.post("/api/v1/municipalities/" + slug + "/villages", admin, "{\"name\": \"Lattrop\"}")
                .status()).isEqualTo(201);

        ApiClient.Response response = api.delete("/api/v1/municipalities/" + slug, platformAdmin());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("municipality").get("status").asString()).isEqualTo("offboarded");
        Path archive = Path.of(response.json().get("exportArchive").asString());
        assertThat(Files.size(archive)).isPositive();
        assertThat(api.get("/api/v1/municipalities/" + slug + "/villages", admin).status()).isEqualTo(404);
    }

    @Test
    void onlyThePlatformAdminManagesMunicipalities() {
        assertProblem(api.get("/api/v1/municipalities", TestTokens.of("dinkelland", "municipal-admin")), 403);
        assertProblem(api.post("/api/v1/municipalities", TestTokens.of("dinkelland", "supporter"),
                registration("poging", "Poging", randomCbsCode(), validRsin())), 403);
        assertProblem(api.get("/api/v1/municipalities", null), 401);
    }

    @Test
    void rejectsExpiredAndForeignTokens() {
        ApiClient.Response expired = api.get("/api/v1/municipalities", TestTokens.expired(null, "platform-admin"));
        ApiClient.Response foreign = api.get("/api/v1/municipalities",
                TestTokens.signedByStranger(null, "platform-admin"));
        ApiClient.Response garbage = api.get("/api/v1/municipalities", "not-a-jwt");

        assertProblem(expired, 401);
        assertProblem(foreign, 401);
        assertProblem(garbage, 401);
        assertThat(expired.json().get("detail").asString()).contains("niet (meer) aangemeld");
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("API-Version")).isEqualTo("1.0.0");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static JsonNode invalidParam(ApiClient.Response response, String name) {
        for (JsonNode param : response.json().get("invalidParams")) {
            if (param.get("name").asString().equals(name)) {
                return param;
            }
        }
        return null;
    }
}
