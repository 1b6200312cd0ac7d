package nl.naober.platform.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VillageApiIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient api;
    String municipality;
    String admin;
    String villages;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        municipality = Municipalities.register(api, "dorpen");
        admin = TestTokens.of(municipality, "municipal-admin");
        villages = "/api/v1/municipalities/" + municipality + "/villages";
    }

    @Test
    void aNewVillageHasEveryFunctionOnByDefault() {
        ApiClient.Response created = api.post(villages, admin, "{\"name\": \"  Denekamp \"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode village = created.json();
        assertThat(village.get("name").asString()).isEqualTo("Denekamp");
        assertThat(village.get("status").asString()).isEqualTo("active");
        assertThat(codes(village.get("functions"))).hasSize(18).startsWith("F1", "F2").endsWith("F18");
        assertThat(created.header("Location")).isEqualTo(villages + "/" + village.get("id").asString());
        assertThat(api.get(created.header("Location"), admin).json().get("name").asString()).isEqualTo("Denekamp");
    }

    @Test
    void adminRenamesArchivesAndReactivatesAVillage() {
        String id = create("Ootmarsum");

        ApiClient.Response renamed = api.patch(villages + "/" + id, admin, "{\"name\": \"Oatmösse\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Oatmösse");

        ApiClient.Response archived = api.patch(villages + "/" + id, admin, "{\"status\": \"archived\"}");
        assertThat(archived.json().get("status").asString()).isEqualTo("archived");
        assertThat(names(api.get(villages, admin))).doesNotContain("Oatmösse");
        assertThat(names(api.get(villages + "?status=archived", admin))).containsExactly("Oatmösse");
        assertThat(names(api.get(villages + "?status=all", admin))).contains("Oatmösse");

        ApiClient.Response active = api.patch(villages + "/" + id, admin, "{\"status\": \"active\"}");
        assertThat(active.json().get("status").asString()).isEqualTo("active");
        assertThat(names(api.get(villages, admin))).contains("Oatmösse");
    }

    @Test
    void aVillageGetsAPublicAddressNameThatStaysWhenItIsRenamed() {
        ApiClient.Response first = api.post(villages, admin, "{\"name\": \"Oud Ootmarsum\"}");
        ApiClient.Response second = api.post(villages, admin, "{\"name\": \"Oud-Ootmarsum\"}");
        ApiClient.Response accents = api.post(villages, admin, "{\"name\": \"Saasveld/Gämmelke\"}");

        assertThat(first.json().get("slug").asString()).isEqualTo("oud-ootmarsum");
        assertThat(second.json().get("slug").asString()).isEqualTo("oud-ootmarsum-2");
        assertThat(accents.json().get("slug").asString()).isEqualTo("saasveld-gammelke");

        String id = first.json().get("id").asString();
        ApiClient.Response renamed = api.patch(villages + "/" + id, admin, "{\"name\": \"Ootmarsum-Oost\"}");
        assertThat(renamed.json().get("slug").asString()).isEqualTo("oud-ootmarsum");
    }

    @Test
    void adminSetsTheFunctionProfile() {
        String id = create("Weerselo");

        ApiClient.Response changed = api.put(villages + "/" + id + "/function-profile", admin,
                "{\"functions\": [\"F18\", \"F1\", \"f6\"]}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(codes(changed.json().get("functions"))).containsExactly("F1", "F6", "F18");
        assertThat(codes(api.get(villages + "/" + id + "/function-profile", admin).json().get("functions")))
                .containsExactly("F1", "F6", "F18");
        assertThat(codes(api.get(villages + "/" + id, admin).json().get("functions")))
                .containsExactly("F1", "F6", "F18");
    }

    @Test
    void rejectsUnknownFunctionsAndKeepsTheProfile() {
        String id = create("Lattrop");

        ApiClient.Response response = api.put(villages + "/" + id + "/function-profile", admin,
                "{\"functions\": [\"F1\", \"F19\", \"C3\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("invalidParams").findValuesAsString("reason"))
                .containsExactly("Onbekende functie 'F19'; kies uit F1 tot en met F18.",
                        "Onbekende functie 'C3'; kies uit F1 tot en met F18.");
        assertThat(codes(api.get(villages + "/" + id, admin).json().get("functions"))).hasSize(18);
    }

    @Test
    void rejectsMissingTooLongAndDuplicateNames() {
        create("Rossum");

        ApiClient.Response missing = api.post(villages, admin, "{\"name\": \"   \"}");
        ApiClient.Response tooLong = api.post(villages, admin, "{\"name\": \"" + "a".repeat(81) + "\"}");
        ApiClient.Response duplicate = api.post(villages, admin, "{\"name\": \"rossum\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).isEqualTo("De naam van het dorp is verplicht.");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).isEqualTo(
                "De naam van het dorp mag hoogstens 80 tekens lang zijn.");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).isEqualTo("Er is al een dorp met de naam 'rossum'.");
        assertThat(names(api.get(villages + "?status=all", admin))).containsExactly("Rossum");
    }

    @Test
    void answersNotFoundForAnUnknownVillageAndBadRequestForAMalformedId() {
        ApiClient.Response unknown = api.get(villages + "/7f0c2b9e-1111-4a4a-9b9b-000000000000", admin);
        ApiClient.Response malformed = api.get(villages + "/geen-uuid", admin);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("bestaat niet in deze gemeente");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyTheMunicipalAdminChangesVillagesButColleaguesMayReadThem() {
        String id = create("Agelo");
        String supporter = TestTokens.of(municipality, "supporter");

        assertThat(api.get(villages, supporter).status()).isEqualTo(200);
        assertThat(api.post(villages, supporter, "{\"name\": \"Nieuw\"}").status()).isEqualTo(403);
        assertThat(api.patch(villages + "/" + id, TestTokens.of(municipality, "policy-officer"),
                "{\"name\": \"Anders\"}").status()).isEqualTo(403);
        assertThat(api.get(villages, null).status()).isEqualTo(401);
    }

    @Test
    void anAdminOfAnotherMunicipalityIsRefusedEvenWithAKnownVillageId() {
        String id = create("Saasveld");
        String other = Municipalities.register(api, "ander");
        String otherAdmin = TestTokens.of(other, "municipal-admin");

        ApiClient.Response direct = api.get(villages + "/" + id, otherAdmin);
        ApiClient.Response viaOwnPath = api.get("/api/v1/municipalities/" + other + "/villages/" + id, otherAdmin);
        ApiClient.Response platformAdmin = api.get(villages, Municipalities.platformAdmin());

        assertThat(direct.status()).isEqualTo(403);
        assertThat(direct.json().get("detail").asString()).isEqualTo(
                "U hebt geen toegang tot gemeente '" + municipality + "'.");
        assertThat(viaOwnPath.status()).isEqualTo(404);
        assertThat(platformAdmin.status()).isEqualTo(403);
        assertThat(direct.body() + viaOwnPath.body() + platformAdmin.body()).doesNotContain("Saasveld");
    }

    @Test
    void aTokenForAnUnknownMunicipalityGetsNotFound() {
        ApiClient.Response response = api.get("/api/v1/municipalities/nergens/villages",
                TestTokens.of("nergens", "municipal-admin"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asString()).isEqualTo(
                "Gemeente 'nergens' is niet bekend op dit platform.");
    }

    private String create(String name) {
        ApiClient.Response created = api.post(villages, admin, "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static List<String> names(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsString("name");
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.asString()));
        return codes;
    }
}
