package nl.naober.zgwfake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The fake can be told to fail (500 on the Nth call, down for a while, slow) through Java and HTTP. */
class FaultInjectionIntegrationTests {

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
        fake.control().clearFaults();
        assertThat(fake.control().violations()).isEmpty();
    }

    private static ObjectNode zaakBody(String identificatie) {
        return FakeClient.example(fake, "Zaak", null, null).put("identificatie", identificatie);
    }

    @Test
    void theSecondOfFourCallsOfOneDeliveryAnswers500AndItsRetrySucceeds() {
        fake.control().addFault(FaultRule.failNth(null, "/zaken/api/v1/**", 2));

        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", zaakBody("DO-2026-000201"));
        String zaakUrl = zaak.body().path("url").asString();
        FakeClient.Response failed = client.post("/zaken/api/v1/rollen",
                FakeClient.example(fake, "natuurlijk_persoon_Rol", zaakUrl, null));
        FakeClient.Response retried = client.post("/zaken/api/v1/rollen",
                FakeClient.example(fake, "natuurlijk_persoon_Rol", zaakUrl, null));
        FakeClient.Response status = client.post("/zaken/api/v1/statussen", FakeClient.example(fake, "Status", zaakUrl, null));

        assertThat(zaak.status()).isEqualTo(201);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body().path("code").asString()).isEqualTo("error");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(status.status()).isEqualTo(201);
        assertThat(fake.control().counts()).containsEntry("zaken", 1).containsEntry("rollen", 1)
                .containsEntry("statussen", 1);
        assertThat(fake.control().requests()).filteredOn(entry -> entry.faultInjected() != null)
                .singleElement().satisfies(entry -> assertThat(entry.path()).isEqualTo("/zaken/api/v1/rollen"));
    }

    @Test
    void aCaseSystemThatIsDownRefusesEverythingUntilItIsBackUp() {
        fake.control().addFault(FaultRule.down(null));

        FakeClient.Response lookUp = client.get("/zaken/api/v1/zaken?identificatie=DO-2026-000202&bronorganisatie=123456782");
        FakeClient.Response create = client.post("/zaken/api/v1/zaken", zaakBody("DO-2026-000202"));
        FakeClient.Response catalogue = client.get("/catalogi/api/v1/zaaktypen");

        assertThat(lookUp.status()).isEqualTo(503);
        assertThat(create.status()).isEqualTo(503);
        assertThat(catalogue.status()).isEqualTo(503);
        assertThat(fake.control().counts()).containsEntry("zaken", 0);

        fake.control().clearFaults();

        assertThat(client.post("/zaken/api/v1/zaken", zaakBody("DO-2026-000202")).status()).isEqualTo(201);
        assertThat(fake.control().zakenPerIdentificatie().get("123456782")).containsEntry("DO-2026-000202", 1);
    }

    @Test
    void aDownFaultWithADurationEndsByItself() throws InterruptedException {
        ObjectNode rule = JsonNodeFactory.instance.objectNode().put("kind", "DOWN").put("path", "/zaken/**")
                .put("durationMs", 400);
        FakeClient.Response added = client.post("/_fake/faults", rule);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        assertThat(client.get("/zaken/api/v1/zaken").status()).isEqualTo(503);
        assertThat(client.get("/catalogi/api/v1/zaaktypen").status()).isEqualTo(200);
        Thread.sleep(600);
        assertThat(client.get("/zaken/api/v1/zaken").status()).isEqualTo(200);
    }

    @Test
    void aSlowCaseSystemMakesAClientWithAShortTimeoutGiveUp() {
        fake.control().addFault(FaultRule.delay("GET", "/catalogi/api/v1/zaaktypen", 1_500));

        assertThatThrownBy(() -> client.send("GET", "/catalogi/api/v1/zaaktypen", null, Map.of(), Duration.ofMillis(300)))
                .hasCauseInstanceOf(HttpTimeoutException.class);

        long start = System.nanoTime();
        FakeClient.Response patient = client.send("GET", "/catalogi/api/v1/zaaktypen", null, Map.of(), Duration.ofSeconds(10));
        assertThat(patient.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void faultsAndReadOutsAreAvailableOverHttp() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode().put("kind", "FAIL_NTH").put("method", "POST")
                .put("path", "/zaken/api/v1/zaken").put("nth", 1).put("status", 502);
        assertThat(client.post("/_fake/faults", rule).status()).isEqualTo(201);
        assertThat(client.get("/_fake/faults").body()).hasSize(1);

        assertThat(client.post("/zaken/api/v1/zaken", zaakBody("DO-2026-000203")).status()).isEqualTo(502);
        assertThat(client.post("/zaken/api/v1/zaken", zaakBody("DO-2026-000203")).status()).isEqualTo(201);

        assertThat(client.get("/_fake/zaken?bronorganisatie=123456782").body().path("123456782")
                .path("DO-2026-000203").asInt()).isEqualTo(1);
        assertThat(client.get("/_fake/counts").body().path("zaken").asInt()).isEqualTo(1);
        assertThat(client.get("/_fake/requests").body()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(client.send("DELETE", "/_fake/faults", null, Map.of(), null).status()).isEqualTo(204);
        assertThat(client.get("/_fake/faults").body()).isEmpty();
    }

    @Test
    void aFaultRuleWithoutItsParametersIsRefused() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode().put("kind", "FAIL_NTH");
        assertThat(client.post("/_fake/faults", rule).status()).isEqualTo(400);
        assertThat(fake.control().requests()).isEmpty();
        assertThat(client.get("/_fake/faults").body()).isEmpty();
    }
}
