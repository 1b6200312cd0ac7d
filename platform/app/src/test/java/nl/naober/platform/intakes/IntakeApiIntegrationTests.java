package nl.naober.platform.intakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.delivery.DeliverableIntakes;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeApiIntegrationTests {

    private static final String BSN = "111222333";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliverableIntakes deliverables;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "melding");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void rejectsIntakeWithoutMandate() {
        String contact = contactWith(resident(anna, denekamp));
        ApiClient.Response refused = api.post(intakes(), anna.token(), "{\"contactId\": \"" + contact + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("geen geldig mandaat");
        assertThat(workspace.count("intake")).isZero();

        grant(anna, ootmarsum, "\"wmo-intake\", \"bsn\"");
        assertThat(api.post(intakes(), anna.token(), "{\"contactId\": \"" + contact + "\"}").status())
                .as("a mandate for another village").isEqualTo(403);
        assertThat(workspace.count("intake")).isZero();
    }

    @Test
    void submittingFixesTheMeldingDateAndQueuesTheDeliveryInOneGo() {
        grant(anna, denekamp, "\"wmo-intake\", \"bsn\", \"conversation-report\"");
        String contact = contactWith(resident(anna, denekamp));

        ApiClient.Response wrongBsn = api.post(intakes(), anna.token(), """
                {"contactId": "%s", "bsn": "000000000", "postalCode": "7591"}""".formatted(contact));
        assertThat(wrongBsn.status()).as(wrongBsn.body()).isEqualTo(400);
        assertThat(wrongBsn.invalidFields()).containsExactlyInAnyOrder("bsn", "postalCode");
        assertThat(wrongBsn.body()).contains("elfproef");
        assertThat(workspace.count("intake")).isZero();

        ApiClient.Response draft = api.post(intakes(), anna.token(), """
                {"contactId": "%s", "bsn": "111 222 333", "givenNames": "Johanna Maria", "surname": "Jansen"}"""
                .formatted(contact));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        assertThat(draft.json().get("status").asString()).isEqualTo("draft");
        assertThat(draft.json().get("bsnMasked").asString()).isEqualTo("******333");
        assertThat(draft.body()).doesNotContain(BSN);
        assertThat(jdbc.sql("select bsn_enc from " + schema() + ".intake").query(String.class).single())
                .as("stored encrypted").doesNotContain(BSN).doesNotContain("222");

        ApiClient.Response incomplete = api.post(intakes() + "/" + id + "/submission", anna.token(), "{}");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.invalidFields()).contains("dateOfBirth", "street", "houseNumber", "postalCode", "city",
                "request", "lifeDomains", "urgency", "personalPlanIntended", "consent.what", "consent.form")
                .doesNotContain("bsn", "givenNames", "surname");
        assertThat(workspace.count("intake_delivery")).as("nothing queued").isZero();

        ApiClient.Response completed = api.put(intakes() + "/" + id, anna.token(), """
                {"givenNames": "Johanna Maria", "surname": "Jansen", "surnamePrefix": "de", "dateOfBirth": "1941-05-03",
                 "street": "Brinkstraat", "houseNumber": "12a", "postalCode": "7591 ab", "city": "Denekamp",
                 "request": "Ik kom de trap niet meer op en wil graag hulp in huis.",
                 "lifeDomains": ["household", "housing-adaptation"], "urgency": "soon", "personalPlanIntended": true,
                 "conversationReport": "Gesprek aan de keukentafel met mevrouw en haar dochter."}""");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("bsnMasked").asString()).as("kept when left out").isEqualTo("******333");
        assertThat(completed.json().get("postalCode").asString()).isEqualTo("7591 AB");

        ApiClient.Response submitted = api.post(intakes() + "/" + id + "/submission", anna.token(), """
                {"consent": {"what": "naam, BSN, adres en de hulpvraag", "recipient": "gemeente", "givenOn": "%s",
                             "form": "verbal"}}""".formatted(today()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("submitted");
        String reference = submitted.json().get("reference").asString();
        assertThat(reference).matches("NAOBER-WMO-" + today().getYear() + "-\\d{6}");
        assertThat(submitted.json().get("meldingDate").asString()).isEqualTo(today().toString());
        assertThat(submitted.json().get("deadlines").get("personalPlan").asString())
                .isEqualTo(today().plusDays(7).toString());
        assertThat(submitted.json().get("deadlines").get("investigation").asString())
                .isEqualTo(today().plusWeeks(6).toString());
        assertThat(submitted.json().get("mandate").get("decisionReference").asString()).isEqualTo("B&W 2026/0412");
        assertThat(submitted.json().get("delivery").get("status").asString()).isEqualTo("queued");
        assertThat(jdbc.sql("select reference from " + schema() + ".intake_delivery where intake_id = ?")
                .param(UUID.fromString(id)).query(String.class).single()).isEqualTo(reference);

        assertThat(api.put(intakes() + "/" + id, anna.token(), "{}").status()).as("no change after submission")
                .isEqualTo(409);
        assertThat(api.delete(intakes() + "/" + id, anna.token()).status()).isEqualTo(409);

        AtomicReference<DeliverableIntake> loaded = new AtomicReference<>();
        TenantContext.runAs(TenantId.of(workspace.slug()),
                () -> loaded.set(deliverables.load(UUID.fromString(id), "test delivery")));
        DeliverableIntake delivered = loaded.get();
        assertThat(delivered.reference()).isEqualTo(reference);
        assertThat(delivered.resident().bsn()).isEqualTo(BSN);
        assertThat(delivered.resident().postalCode()).isEqualTo("7591 AB");
        assertThat(delivered.lifeDomains()).containsExactly("household", "housing-adaptation");
        assertThat(delivered.mandate().decisionReference()).isEqualTo("B&W 2026/0412");
        assertThat(delivered.consent().form()).isEqualTo("verbal");
        assertThat(new String(delivered.pdf().content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(delivered.pdf().fileName()).isEqualTo(reference + ".pdf");
        assertThat(jdbc.sql("select count(*) from " + schema()
                + ".audit_event where record_type = 'intake' and action = 'EXPORT'").query(Integer.class).single())
                .as("the worker's read is audited").isEqualTo(1);
    }

    @Test
    void aMandateWithoutTheBsnScopeCannotTakeTheBsn() {
        grant(anna, denekamp, "\"wmo-intake\"");
        String contact = contactWith(resident(anna, denekamp));

        ApiClient.Response refused = api.post(intakes(), anna.token(), """
                {"contactId": "%s", "bsn": "%s", "conversationReport": "verslag"}""".formatted(contact, BSN));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("bsn", "conversationReport");
        assertThat(refused.body()).contains("BSN");
        assertThat(workspace.count("intake")).isZero();
    }

    @Test
    void anotherVillagesSupporterAndAnotherMunicipalityNeverReachAnIntake() {
        grant(anna, denekamp, "\"wmo-intake\", \"bsn\"");
        String id = api.post(intakes(), anna.token(), "{\"contactId\": \"" + contactWith(resident(anna, denekamp))
                + "\", \"bsn\": \"" + BSN + "\"}").json().get("id").asString();
        Workspace.Colleague bert = workspace.colleague("supporter", ootmarsum);

        assertThat(api.get(intakes() + "/" + id, bert.token()).status()).isEqualTo(404);
        assertThat(api.get(intakes(), bert.token()).json()).isEmpty();
        assertThat(api.put(intakes() + "/" + id, bert.token(), "{}").status()).isEqualTo(404);
        assertThat(api.get(intakes() + "/" + id, workspace.adminToken()).status()).isEqualTo(403);
        Workspace other = Workspace.create(api, jdbc, "elders");
        Workspace.Colleague elsewhere = other.colleague("supporter", other.village("Elders"));
        assertThat(api.get(other.base() + "/intakes/" + id, elsewhere.token()).status()).isEqualTo(404);
        assertThat(api.get(intakes(), anna.token()).json()).hasSize(1);
    }

    @Test
    void theAdminSeesOverdueIntakesWithoutTheResident() {
        grant(anna, denekamp, "\"wmo-intake\", \"bsn\"");
        String id = submittedIntake();
        assertThat(api.get(workspace.base() + "/intake-deadlines", workspace.adminToken()).json())
                .as("six weeks ahead: not near yet").isEmpty();

        jdbc.sql("update " + schema() + ".intake set melding_date = ?, consent_given_on = ? where id = ?")
                .params(today().minusWeeks(7), today().minusWeeks(7), UUID.fromString(id)).update();

        ApiClient.Response deadlines = api.get(workspace.base() + "/intake-deadlines", workspace.adminToken());
        assertThat(deadlines.status()).isEqualTo(200);
        assertThat(deadlines.json()).hasSize(1);
        assertThat(deadlines.json().get(0).get("deadlines").get("overdue").asBoolean()).isTrue();
        assertThat(deadlines.json().get(0).get("villageName").asString()).isEqualTo("Denekamp");
        assertThat(deadlines.body()).doesNotContain("Jansen").doesNotContain("333").doesNotContain("resident");
        assertThat(api.get(intakes(), anna.token()).json().get(0).get("deadlines").get("overdue").asBoolean())
                .as("flagged to the supporter too").isTrue();
        assertThat(api.get(workspace.base() + "/intake-deadlines", anna.token()).status()).isEqualTo(403);
    }

    private String submittedIntake() {
        String contact = contactWith(resident(anna, denekamp));
        ApiClient.Response draft = api.post(intakes(), anna.token(), """
                {"contactId": "%s", "bsn": "%s", "givenNames": "Johanna", "surname": "Jansen", "dateOfBirth": "1941-05-03",
                 "street": "Brinkstraat", "houseNumber": "12", "postalCode": "7591AB", "city": "Denekamp",
                 "request": "Hulp in huis", "lifeDomains": ["household"], "urgency": "normal",
                 "personalPlanIntended": false}""".formatted(contact, BSN));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        ApiClient.Response submitted = api.post(intakes() + "/" + id + "/submission", anna.token(), """
                {"consent": {"what": "de melding", "recipient": "gemeente", "givenOn": "%s", "form": "written"}}"""
                .formatted(today()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private void grant(Workspace.Colleague supporter, String village, String scopes) {
        ApiClient.Response granted = api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": [%s], "villages": ["%s"], "validFrom": "%s", "validUntil": "%s",
                 "decisionReference": "B&W 2026/0412"}""".formatted(supporter.memberId(), scopes, village,
                today().minusDays(1), today().plusYears(1)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    }

    private String resident(Workspace.Colleague supporter, String village) {
        ApiClient.Response created = api.post(workspace.base() + "/residents", supporter.token(),
                "{\"village\": \"" + village + "\", \"name\": \"Johanna Jansen\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contactWith(String resident) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", anna.token(), """
                {"channel": "phone", "themes": ["gezondheid"], "route": "wmo", "minutes": 30,
                 "function": "F16", "residentId": "%s"}""".formatted(resident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private String intakes() {
        return workspace.base() + "/intakes";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
