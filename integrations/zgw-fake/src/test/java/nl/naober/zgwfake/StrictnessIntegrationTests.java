package nl.naober.zgwfake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every rule the fake enforces like Open Zaak, one refusal per test, and that a refusal stores nothing. */
class StrictnessIntegrationTests {

    private static final String OTHER_ZAAKTYPE_ROLTYPE = "/catalogi/api/v1/roltypen/43e8026c-8abd-4b29-8a4c-ac2a37bc6f5b";
    private static final String OTHER_ZAAKTYPE_STATUSTYPE = "/catalogi/api/v1/statustypen/6443ac1a-04a1-4335-9db2-5f3c998dbb34";
    private static final String OTHER_ZAAKTYPE_EIGENSCHAP = "/catalogi/api/v1/eigenschappen/b659caed-e39e-47e3-ac51-bc8bd2ad797e";
    private static final String UNLINKED_INFORMATIEOBJECTTYPE = "/catalogi/api/v1/informatieobjecttypen/7a474713-0833-402a-8441-e467c08ac55b";

    private static ZgwFake.Running fake;
    private static FakeClient client;

    @BeforeAll
    static void start() {
        fake = SharedFake.get();
        client = new FakeClient(fake, "test_client_id");
    }

    @BeforeEach
    void reset() {
        fake.control().reset();
    }

    @AfterEach
    void everyAnswerOfTheFakeMatchedItsDocument() {
        assertThat(fake.control().violations()).isEmpty();
    }

    private static ObjectNode zaakBody() {
        ObjectNode body = FakeClient.example(fake, "Zaak", null, null);
        body.put("identificatie", "DO-2026-000777");
        return body;
    }

    private static String createZaak() {
        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", zaakBody());
        assertThat(zaak.status()).as(zaak.toString()).isEqualTo(201);
        return zaak.body().path("url").asString();
    }

    private static void assertValidatieFout(FakeClient.Response response, String name, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("code").asString()).isEqualTo("invalid");
        assertThat(response.body().path("title").asString()).isNotEmpty();
        assertThat(response.body().path("status").asInt()).isEqualTo(400);
        assertThat(response.body().path("instance").asString()).startsWith("urn:uuid:");
        JsonNode param = response.invalidParam(name);
        assertThat(param).as("invalidParams of " + response).isNotNull();
        assertThat(param.path("code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(param.path("reason").asString()).isNotBlank();
    }

    private static void assertFout(FakeClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().path("code").asString()).isEqualTo(code);
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("detail").asString()).isNotBlank();
        assertThat(response.body().has("invalidParams")).isFalse();
    }

    private static FakeClient.Response getZakenWith(Map<String, String> headers) {
        return client.send("GET", "/zaken/api/v1/zaken", null, headers, null);
    }

    // ---- JWT ----

    @Test
    void aRequestWithoutAuthorizationIsRefusedWith401() {
        assertFout(getZakenWith(nullHeader("Authorization")), 401, "not_authenticated");
    }

    @Test
    void aTokenIssuedMoreThanAnHourAgoIsRefusedWith403() {
        String old = ZgwFake.token("test_client_id", fake.secret("test_client_id"), Instant.now().minus(Duration.ofMinutes(61)));
        assertFout(getZakenWith(Map.of("Authorization", "Bearer " + old)), 403, "permission_denied");
    }

    @Test
    void aTokenWithoutIatIsRefusedWith403() {
        String noIat = ZgwFake.token("test_client_id", fake.secret("test_client_id"), null);
        assertFout(getZakenWith(Map.of("Authorization", "Bearer " + noIat)), 403, "permission_denied");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedWith403() {
        String future = ZgwFake.token("test_client_id", fake.secret("test_client_id"), Instant.now().plus(Duration.ofMinutes(10)));
        assertFout(getZakenWith(Map.of("Authorization", "Bearer " + future)), 403, "permission_denied");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefusedWith403() {
        String forged = ZgwFake.token("test_client_id", "not-the-secret-but-long-enough-for-hs256!", Instant.now());
        assertFout(getZakenWith(Map.of("Authorization", "Bearer " + forged)), 403, "permission_denied");
    }

    @Test
    void aTokenOfAnUnknownClientIsRefusedWith403() {
        String unknown = ZgwFake.token("someone-else", "some-secret-that-is-long-enough-for-hs256", Instant.now());
        assertFout(getZakenWith(Map.of("Authorization", "Bearer " + unknown)), 403, "permission_denied");
    }

    @Test
    void aFreshTokenWithinTheHourIsAccepted() {
        String recent = ZgwFake.token("test_client_id", fake.secret("test_client_id"), Instant.now().minus(Duration.ofMinutes(59)));
        assertThat(getZakenWith(Map.of("Authorization", "Bearer " + recent)).status()).isEqualTo(200);
    }

    // ---- CRS headers ----

    @Test
    void aZakenRequestWithoutAcceptCrsIsRefusedWith412() {
        assertFout(getZakenWith(nullHeader("Accept-Crs")), 412, "precondition_failed");
    }

    @Test
    void creatingAZaakWithoutContentCrsIsRefusedWith412AndStoresNothing() {
        FakeClient.Response response = client.send("POST", "/zaken/api/v1/zaken", zaakBody(), nullHeader("Content-Crs"), null);
        assertFout(response, 412, "precondition_failed");
        assertThat(fake.control().counts()).containsEntry("zaken", 0);
    }

    @Test
    void anUnsupportedCrsIsRefusedWith406() {
        assertFout(getZakenWith(Map.of("Accept-Crs", "EPSG:28992")), 406, "not_acceptable");
    }

    // ---- 11-proof ----

    @Test
    void aResidentWithABsnThatFailsTheElevenProofIsRefused() {
        String zaak = createZaak();
        ObjectNode rol = FakeClient.example(fake, "natuurlijk_persoon_Rol", zaak, null);
        ((ObjectNode) rol.get("betrokkeneIdentificatie")).put("inpBsn", "123456789");

        assertValidatieFout(client.post("/zaken/api/v1/rollen", rol), "betrokkeneIdentificatie.inpBsn", "invalid");
        assertThat(fake.control().counts()).containsEntry("rollen", 0);
    }

    @Test
    void aZaakWithAnRsinThatFailsTheElevenProofIsRefused() {
        ObjectNode body = zaakBody().put("verantwoordelijkeOrganisatie", "123456789");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "verantwoordelijkeOrganisatie", "invalid");
        assertThat(fake.control().counts()).containsEntry("zaken", 0);
    }

    @Test
    void aBronorganisatieThatIsNotNumericIsRefused() {
        assertValidatieFout(client.post("/zaken/api/v1/zaken", zaakBody().put("bronorganisatie", "12345678X")),
                "bronorganisatie", "only-digits");
    }

    // ---- belongs to the zaaktype ----

    @Test
    void aRoltypeOfAnotherZaaktypeIsRefused() {
        String zaak = createZaak();
        ObjectNode rol = FakeClient.example(fake, "niet_natuurlijk_persoon_Rol", zaak, null);
        rol.put("roltype", fake.baseUrl() + OTHER_ZAAKTYPE_ROLTYPE);

        assertValidatieFout(client.post("/zaken/api/v1/rollen", rol), "nonFieldErrors", "zaaktype-mismatch");
        assertThat(fake.control().counts()).containsEntry("rollen", 0);
    }

    @Test
    void aStatustypeOfAnotherZaaktypeIsRefused() {
        String zaak = createZaak();
        ObjectNode status = FakeClient.example(fake, "Status", zaak, null);
        status.put("statustype", fake.baseUrl() + OTHER_ZAAKTYPE_STATUSTYPE);

        assertValidatieFout(client.post("/zaken/api/v1/statussen", status), "nonFieldErrors", "zaaktype-mismatch");
        assertThat(fake.control().counts()).containsEntry("statussen", 0);
    }

    @Test
    void anEigenschapOfAnotherZaaktypeIsRefused() {
        String zaak = createZaak();
        ObjectNode eigenschap = FakeClient.example(fake, "ZaakEigenschap", zaak, null);
        eigenschap.put("eigenschap", fake.baseUrl() + OTHER_ZAAKTYPE_EIGENSCHAP);

        assertValidatieFout(client.post(zaak + "/zaakeigenschappen", eigenschap), "nonFieldErrors", "zaaktype-mismatch");
        assertThat(fake.control().counts()).containsEntry("zaakeigenschappen", 0);
    }

    @Test
    void aDocumentWhoseInformatieobjecttypeIsNotOfTheZaaktypeCannotBeLinkedToTheZaak() {
        String zaak = createZaak();
        ObjectNode document = FakeClient.example(fake, "EnkelvoudigInformatieObjectCreateLockRequest", null, null);
        document.put("informatieobjecttype", fake.baseUrl() + UNLINKED_INFORMATIEOBJECTTYPE);
        FakeClient.Response created = client.post("/documenten/api/v1/enkelvoudiginformatieobjecten", document);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        FakeClient.Response link = client.post("/zaken/api/v1/zaakinformatieobjecten",
                FakeClient.example(fake, "ZaakInformatieObject", zaak, created.body().path("url").asString()));

        assertValidatieFout(link, "nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation");
        assertThat(fake.control().counts()).containsEntry("zaakinformatieobjecten", 0);
    }

    // ---- uniqueness, documents, references ----

    @Test
    void aSecondZaakWithTheSameIdentificatieForTheSameBronorganisatieIsRefused() {
        createZaak();
        assertValidatieFout(client.post("/zaken/api/v1/zaken", zaakBody()), "identificatie", "identificatie-niet-uniek");
        assertThat(fake.control().zakenPerIdentificatie().get("123456782")).containsEntry("DO-2026-000777", 1);
    }

    @Test
    void aDocumentWhoseBestandsomvangDiffersFromItsContentIsRefused() {
        ObjectNode document = FakeClient.example(fake, "EnkelvoudigInformatieObjectCreateLockRequest", null, null);
        document.put("bestandsomvang", 29);

        assertValidatieFout(client.post("/documenten/api/v1/enkelvoudiginformatieobjecten", document),
                "bestandsomvang", "file-size-mismatch");
        assertThat(fake.control().counts()).containsEntry("enkelvoudiginformatieobjecten", 0);
    }

    @Test
    void aDocumentWhoseInhoudIsNotBase64IsRefused() {
        ObjectNode document = FakeClient.example(fake, "EnkelvoudigInformatieObjectCreateLockRequest", null, null);
        document.put("inhoud", "this is not base64!");
        assertValidatieFout(client.post("/documenten/api/v1/enkelvoudiginformatieobjecten", document), "inhoud", "invalid");
    }

    @Test
    void aZaaktypeUrlThatDoesNotExistIsRefused() {
        ObjectNode body = zaakBody().put("zaaktype", fake.catalogiUrl() + "/zaaktypen/00000000-0000-4000-8000-000000000000");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "zaaktype", "does_not_exist");
        assertThat(fake.control().counts()).containsEntry("zaken", 0);
    }

    @Test
    void aZaaktypeUrlOfAnotherCaseSystemIsRefused() {
        ObjectNode body = zaakBody().put("zaaktype",
                "https://elders.example/catalogi/api/v1/zaaktypen/0f3d7c1e-5b0a-4c6e-9a51-1d2c3b4a5f60");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "zaaktype", "bad-url");
    }

    // ---- the OpenAPI document itself ----

    @Test
    void aZaakWithoutARequiredFieldIsRefusedByTheDocument() {
        ObjectNode body = zaakBody();
        body.remove("startdatum");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "startdatum", "required");
        assertThat(fake.control().counts()).containsEntry("zaken", 0);
    }

    @Test
    void aTooLongOmschrijvingIsRefusedByTheDocument() {
        ObjectNode body = zaakBody().put("omschrijving", "x".repeat(81));
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "omschrijving", "max_length");
    }

    @Test
    void anUnknownVertrouwelijkheidaanduidingIsRefusedByTheDocument() {
        ObjectNode body = zaakBody().put("vertrouwelijkheidaanduiding", "topgeheim");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "vertrouwelijkheidaanduiding", "invalid_choice");
    }

    @Test
    void aCommunicatiekanaalThatIsNotAUrlIsRefusedByTheDocument() {
        ObjectNode body = zaakBody().put("communicatiekanaal", "per telefoon");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "communicatiekanaal", "invalid");
    }

    @Test
    void anEmptyOptionalUrlIsAcceptedAsOpenZaakDoes() {
        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", zaakBody().put("communicatiekanaal", ""));
        assertThat(zaak.status()).as(zaak.toString()).isEqualTo(201);
    }

    @Test
    void aStartdatumThatIsNotADateIsRefusedByTheDocument() {
        ObjectNode body = zaakBody().put("startdatum", "1 september 2026");
        assertValidatieFout(client.post("/zaken/api/v1/zaken", body), "startdatum", "invalid");
    }

    @Test
    void theBetrokkeneIdentificatieIsValidatedAgainstTheSchemaOfItsBetrokkeneType() {
        String zaak = createZaak();
        ObjectNode rol = FakeClient.example(fake, "natuurlijk_persoon_Rol", zaak, null);
        ((ObjectNode) rol.get("betrokkeneIdentificatie")).put("inpBsn", "9999938960");

        assertValidatieFout(client.post("/zaken/api/v1/rollen", rol), "betrokkeneIdentificatie.inpBsn", "max_length");
    }

    @Test
    void readOnlyFieldsInARequestAreIgnoredAsOpenZaakDoes() {
        ObjectNode body = zaakBody();
        body.put("url", "https://ignored.example/zaak");
        body.putArray("rollen").add("https://ignored.example/rol");
        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", body);
        assertThat(zaak.status()).as(zaak.toString()).isEqualTo(201);
        assertThat(zaak.body().path("rollen")).isEmpty();
    }

    @Test
    void anUnknownQueryParameterIsRefused() {
        assertValidatieFout(client.get("/zaken/api/v1/zaken?kenmerk=DO-2026-000123"), "nonFieldErrors", "unknown-parameters");
    }

    @Test
    void aBodyWithoutJsonContentTypeIsRefusedWith415() {
        FakeClient.Response response = client.send("POST", "/zaken/api/v1/zaken", null, Map.of(), null);
        assertFout(response, 415, "unsupported_media_type");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith400() {
        FakeClient.Response broken = client.sendText("POST", "/zaken/api/v1/zaken", "{\"bronorganisatie\": ",
                "application/json", Map.of(), null);
        // a 400 is always a ValidatieFout in the document, so invalidParams is there (and empty)
        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(broken.body().path("code").asString()).isEqualTo("parse_error");
        assertThat(broken.body().path("invalidParams")).isEmpty();
        assertThat(fake.control().counts()).containsEntry("zaken", 0);
    }

    @Test
    void aPathThatIsNotInTheDocumentIsNotFound() {
        assertFout(client.get("/zaken/api/v1/nonsense"), 404, "not_found");
    }

    @Test
    void anOperationOfTheDocumentThatTheFakeDoesNotServeIsNotFound() {
        assertFout(client.get("/zaken/api/v1/resultaten"), 404, "not_found");
        assertFout(client.send("DELETE", "/zaken/api/v1/rollen/" + java.util.UUID.randomUUID(), null, Map.of(), null),
                404, "not_found");
    }

    // ---- several municipalities in one fake ----

    @Test
    void anotherMunicipalityNeitherSeesNorFindsTheZaak() {
        String zaak = createZaak();
        FakeClient other = client.as(SharedFake.OTHER_MUNICIPALITY.clientId());

        assertFout(other.get(zaak), 404, "not_found");
        assertThat(other.get("/zaken/api/v1/zaken?identificatie=DO-2026-000777").body().path("count").asInt()).isZero();
        assertThat(client.get("/zaken/api/v1/zaken?identificatie=DO-2026-000777").body().path("count").asInt()).isOne();
    }

    @Test
    void aClientCannotCreateAZaakForAnotherMunicipality() {
        FakeClient other = client.as(SharedFake.OTHER_MUNICIPALITY.clientId());
        assertFout(other.post("/zaken/api/v1/zaken", zaakBody()), 403, "permission_denied");
        assertThat(fake.control().counts()).containsEntry("zaken", 0);
    }

    private static Map<String, String> nullHeader(String name) {
        Map<String, String> headers = new HashMap<>();
        headers.put(name, null);
        return headers;
    }
}
