package nl.naober.zgwfake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The whole WMO delivery sequence of issue #6 with the example payloads, as the platform will run it. */
class WmoDeliveryIntegrationTests {

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

    @Test
    void theExamplePayloadsAreAcceptedAndTheWholeWmoSequenceWorks() {
        // Catalogi look-ups
        FakeClient.Response zaaktypen = client.get("/catalogi/api/v1/zaaktypen?identificatie=WMO-MELDING");
        assertThat(zaaktypen.status()).as(zaaktypen.toString()).isEqualTo(200);
        assertThat(zaaktypen.body().path("count").asInt()).isEqualTo(1);
        JsonNode zaaktype = zaaktypen.body().path("results").get(0);
        String zaaktypeUrl = zaaktype.path("url").asString();
        assertThat(zaaktypeUrl).isEqualTo(fake.catalogiUrl() + "/zaaktypen/0f3d7c1e-5b0a-4c6e-9a51-1d2c3b4a5f60");
        assertThat(client.get("/catalogi/api/v1/roltypen?zaaktype=" + zaaktypeUrl).body().path("count").asInt())
                .isEqualTo(2);
        FakeClient.Response statustypen = client.get("/catalogi/api/v1/statustypen?zaaktype=" + zaaktypeUrl);
        assertThat(statustypen.body().path("results")).hasSize(3);
        assertThat(statustypen.body().path("results").get(2).path("isEindstatus").asBoolean()).isTrue();
        assertThat(client.get("/catalogi/api/v1/eigenschappen?zaaktype=" + zaaktypeUrl).body().path("results")
                .get(0).path("naam").asString()).isEqualTo("ondersteuningsvraag");
        assertThat(client.get("/catalogi/api/v1/zaaktype-informatieobjecttypen?zaaktype=" + zaaktypeUrl).body()
                .path("results").get(0).path("informatieobjecttype").asString())
                .endsWith("/informatieobjecttypen/abababab-cdcd-4efe-8a8a-b9b9b9b9b9b9");
        assertThat(client.get("/catalogi/api/v1/informatieobjecttypen").status()).isEqualTo(200);
        assertThat(client.get(zaaktypeUrl).body().path("identificatie").asString()).isEqualTo("WMO-MELDING");

        // Zaken: idempotency look-up first, nothing there yet
        String lookUp = "/zaken/api/v1/zaken?identificatie=DO-2026-000123&bronorganisatie=123456782";
        assertThat(client.get(lookUp).body().path("count").asInt()).isZero();
        ObjectNode zaakBody = FakeClient.example(fake, "Zaak", null, null);
        zaakBody.put("identificatie", "DO-2026-000123");
        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", zaakBody);
        assertThat(zaak.status()).as(zaak.toString()).isEqualTo(201);
        String zaakUrl = zaak.body().path("url").asString();
        assertThat(zaak.header("Location")).isEqualTo(zaakUrl);
        assertThat(zaakUrl).startsWith(fake.zakenUrl() + "/zaken/");
        assertThat(client.get(lookUp).body().path("results").get(0).path("url").asString()).isEqualTo(zaakUrl);

        FakeClient.Response resident = client.post("/zaken/api/v1/rollen",
                FakeClient.example(fake, "natuurlijk_persoon_Rol", zaakUrl, null));
        assertThat(resident.status()).as(resident.toString()).isEqualTo(201);
        assertThat(resident.body().path("omschrijvingGeneriek").asString()).isEqualTo("belanghebbende");
        FakeClient.Response supporter = client.post("/zaken/api/v1/rollen",
                FakeClient.example(fake, "niet_natuurlijk_persoon_Rol", zaakUrl, null));
        assertThat(supporter.status()).as(supporter.toString()).isEqualTo(201);

        FakeClient.Response eigenschap = client.post(zaakUrl + "/zaakeigenschappen",
                FakeClient.example(fake, "ZaakEigenschap", zaakUrl, null));
        assertThat(eigenschap.status()).as(eigenschap.toString()).isEqualTo(201);
        assertThat(eigenschap.body().path("naam").asString()).isEqualTo("ondersteuningsvraag");

        FakeClient.Response status = client.post("/zaken/api/v1/statussen",
                FakeClient.example(fake, "Status", zaakUrl, null));
        assertThat(status.status()).as(status.toString()).isEqualTo(201);

        // Documenten: the PDF, then the link to the zaak
        ObjectNode documentBody = FakeClient.example(fake, "EnkelvoudigInformatieObjectCreateLockRequest", null, null);
        FakeClient.Response document = client.post("/documenten/api/v1/enkelvoudiginformatieobjecten", documentBody);
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        String documentUrl = document.body().path("url").asString();
        FakeClient.Response link = client.post("/zaken/api/v1/zaakinformatieobjecten",
                FakeClient.example(fake, "ZaakInformatieObject", zaakUrl, documentUrl));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);

        // what the municipality now sees
        JsonNode stored = client.get(zaakUrl).body();
        assertThat(stored.path("rollen")).hasSize(2);
        assertThat(stored.path("eigenschappen")).hasSize(1);
        assertThat(stored.path("status").asString()).isEqualTo(status.body().path("url").asString());
        assertThat(stored.path("zaakinformatieobjecten")).hasSize(1);
        assertThat(client.get("/zaken/api/v1/rollen?zaak=" + zaakUrl).body().path("count").asInt()).isEqualTo(2);
        assertThat(client.get("/zaken/api/v1/statussen?zaak=" + zaakUrl).body().path("count").asInt()).isEqualTo(1);
        assertThat(client.get("/zaken/api/v1/zaakinformatieobjecten?zaak=" + zaakUrl).body()).hasSize(1);
        assertThat(client.get(zaakUrl + "/zaakeigenschappen").body()).hasSize(1);
        FakeClient.Response download = client.get(document.body().path("inhoud").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw()).isEqualTo(Base64.getDecoder().decode(documentBody.path("inhoud").asString()));
        assertThat(client.get("/documenten/api/v1/enkelvoudiginformatieobjecten?bronorganisatie=123456782").body()
                .path("count").asInt()).isEqualTo(1);

        assertThat(fake.control().zakenPerIdentificatie()).containsEntry("123456782",
                java.util.Map.of("DO-2026-000123", 1));
        assertThat(fake.control().counts()).containsEntry("rollen", 2).containsEntry("statussen", 1)
                .containsEntry("enkelvoudiginformatieobjecten", 1).containsEntry("zaakinformatieobjecten", 1);
        assertThat(fake.control().violations()).isEmpty();
    }

    @Test
    void aZaakWithoutIdentificatieGetsOneGeneratedAndEveryAnswerCarriesTheApiVersion() {
        FakeClient.Response zaak = client.post("/zaken/api/v1/zaken", FakeClient.example(fake, "Zaak", null, null));

        assertThat(zaak.status()).as(zaak.toString()).isEqualTo(201);
        assertThat(zaak.body().path("identificatie").asString()).startsWith("ZAAK-");
        assertThat(zaak.header("API-version")).isEqualTo("1.5.1");
        assertThat(zaak.header("Content-Crs")).isEqualTo("EPSG:4326");
        assertThat(client.get("/catalogi/api/v1/zaaktypen").header("API-version")).isEqualTo("1.3.1");
    }

    @Test
    void theOpenZaakFixturesAreSeededWithTheirConceptFilter() {
        FakeClient.Response published = client.get("/catalogi/api/v1/zaaktypen?identificatie=ZT-001");
        FakeClient.Response all = client.get("/catalogi/api/v1/zaaktypen?identificatie=ZT-001&status=alles");
        FakeClient.Response drafts = client.get("/catalogi/api/v1/zaaktypen?status=concept");

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.body().path("count").asInt()).isEqualTo(4);
        assertThat(all.body().path("count").asInt()).isEqualTo(4);
        assertThat(drafts.body().path("results").get(0).path("identificatie").asString()).isEqualTo("DRAFT-01");
        assertThat(fake.control().violations()).isEmpty();
    }
}
