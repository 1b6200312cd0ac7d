package nl.naober.zgwfake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** The fake validates its own answers: a wrong one is refused loudly, so no test passes on a broken fake. */
class ResponseValidationIntegrationTests {

    private static ZgwFake.Running fake;
    private static FakeClient client;
    private final SpecValidation validation = new SpecValidation();

    @BeforeAll
    static void start() {
        fake = SharedFake.get();
        client = new FakeClient(fake, "test_client_id");
    }

    @BeforeEach
    void reset() {
        fake.control().reset();
    }

    @Test
    void anAnswerThatBreaksTheDocumentBecomesA500AndIsRecordedAsAViolation() {
        FakeClient.Response response = client.get("/catalogi/api/v1/catalogussen/bd58635c-793e-446d-a7e0-460d7b04829d");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body().path("code").asString()).isEqualTo("fake-response-invalid");
        assertThat(fake.control().violations()).anySatisfy(violation -> assertThat(violation)
                .contains("GET /catalogussen/{uuid} -> 200").contains("url"));
        assertThat(fake.control().violations()).anySatisfy(violation -> assertThat(violation).contains("domein"));
    }

    @Test
    void theResponseValidatorAcceptsARealZaakAndRefusesItWithoutItsUrl() {
        ObjectNode body = FakeClient.example(fake, "Zaak", null, null);
        FakeClient.Response created = client.post("/zaken/api/v1/zaken", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        OpenApiDocument.Operation create = validation.operation(ZgwApi.ZAKEN, "POST", "/zaken/api/v1/zaken").orElseThrow();
        ObjectNode zaak = (ObjectNode) created.body();

        assertThat(validation.validateResponse(create, 201, "application/json", bytes(zaak))).isEmpty();

        ObjectNode withoutUrl = zaak.deepCopy();
        withoutUrl.remove("url");
        assertThat(validation.validateResponse(create, 201, "application/json", bytes(withoutUrl)))
                .anySatisfy(violation -> assertThat(violation).contains("url"));

        ObjectNode wrongEnum = zaak.deepCopy().put("archiefstatus", "weggegooid");
        assertThat(validation.validateResponse(create, 201, "application/json", bytes(wrongEnum))).isNotEmpty();

        ObjectNode nullWhereNotNullable = zaak.deepCopy().putNull("startdatum");
        assertThat(validation.validateResponse(create, 201, "application/json", bytes(nullWhereNotNullable))).isNotEmpty();

        assertThat(validation.validateResponse(create, 418, "application/json", bytes(zaak)))
                .anySatisfy(violation -> assertThat(violation).contains("not in the document"));
        assertThat(validation.validateResponse(create, 201, "text/html", bytes(zaak))).isNotEmpty();
    }

    @Test
    void anOutgoingNotificationIsCheckedAgainstTheWebhookDocument() {
        ObjectNode notification = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("kanaal", "zaken").put("hoofdObject", fake.zakenUrl() + "/zaken/x").put("resource", "zaak")
                .put("resourceUrl", fake.zakenUrl() + "/zaken/x").put("actie", "create")
                .put("aanmaakdatum", "2026-09-01T10:15:00Z");
        assertThat(validation.validateNotification(notification)).isEmpty();

        notification.remove("aanmaakdatum");
        assertThat(validation.validateNotification(notification)).isNotEmpty();
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
