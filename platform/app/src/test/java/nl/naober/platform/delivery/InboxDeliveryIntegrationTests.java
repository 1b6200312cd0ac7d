package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxDeliveryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProducerTemplate camel;

    ApiClient api;
    Workspace a;
    Workspace b;
    Workspace.Colleague consultantOfA;
    Workspace.Colleague consultantOfB;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        a = Workspace.create(api, jdbc, "inbox");
        b = Workspace.create(api, jdbc, "inboxb");
        consultantOfA = a.colleague("wmo-consultant");
        consultantOfB = b.colleague("wmo-consultant");
    }

    @Test
    void anIntakeDeliveredTwiceIsStoredOnceEncryptedInTheMunicipalitysOwnSchema() {
        DeliverableIntake intake = Intakes.intake("MLD-2026-0001", LocalDate.now().minusDays(2));

        camel.requestBodyAndHeader(DeliveryEndpoints.INBOX, intake, DeliveryEndpoints.TENANT, a.slug());
        camel.requestBodyAndHeader(DeliveryEndpoints.INBOX, intake, DeliveryEndpoints.TENANT, a.slug());

        assertThat(a.count("intake_inbox")).isEqualTo(1);
        assertThat(b.count("intake_inbox")).isZero();
        List<String> stored = jdbc.sql("select resident_bsn || resident_name || request from "
                + schema(a) + ".intake_inbox where reference = ?")
                .param(intake.reference()).query(String.class).list();
        assertThat(stored).singleElement().satisfies(row ->
                assertThat(row).doesNotContain(Intakes.BSN).doesNotContain("Velthuis").doesNotContain("trap"));
        byte[] pdf = jdbc.sql("select pdf from " + schema(a) + ".intake_inbox").query(byte[].class).single();
        assertThat(pdf).isEqualTo(intake.pdf().content());
    }

    @Test
    void theConsultantSeesHisInboxSortedByDeadlineWithOverdueFlaggedAndTheBsnMasked() {
        DeliverableIntake recent = deliver(a, "MLD-A-1", LocalDate.now().minusDays(3));
        DeliverableIntake old = deliver(a, "MLD-A-2", LocalDate.now().minusWeeks(7));

        ApiClient.Response list = api.get(inbox(a), consultantOfA.token());

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode items = list.json();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("reference").asString()).isEqualTo("MLD-A-2");
        assertThat(items.get(0).get("deadlines").get("overdue").asBoolean()).isTrue();
        assertThat(items.get(1).get("deadlines").get("overdue").asBoolean()).isFalse();
        assertThat(items.get(1).get("deadlines").get("investigation").asString())
                .isEqualTo(recent.meldingDate().plusWeeks(6).toString());
        assertThat(list.body()).doesNotContain(Intakes.BSN).doesNotContain("Velthuis");

        ApiClient.Response detail = api.get(inbox(a) + "/" + old.intakeId(), consultantOfA.token());
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.json().get("bsnMasked").asString()).isEqualTo("******333");
        assertThat(detail.json().get("residentName").asString()).isEqualTo("Gerrit Velthuis");
        assertThat(detail.body()).doesNotContain(Intakes.BSN);
        assertThat(audited(a, "READ")).isEqualTo(1);

        ApiClient.Response pdf = api.get(inbox(a) + "/" + old.intakeId() + "/document", consultantOfA.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Cache-Control")).contains("no-store");
        assertThat(audited(a, "EXPORT")).isEqualTo(1);
    }

    @Test
    void onlyTheConsultantOfTheMunicipalityReachesItsInbox() {
        DeliverableIntake intake = deliver(a, "MLD-A-3", LocalDate.now().minusDays(1));
        String detail = inbox(a) + "/" + intake.intakeId();

        assertThat(api.get(inbox(a), consultantOfB.token()).status()).isEqualTo(403);
        assertThat(api.get(detail, consultantOfB.token()).status()).isEqualTo(403);
        // B's consultant asking his own inbox for A's intake: it is not there
        assertThat(api.get(inbox(b) + "/" + intake.intakeId(), consultantOfB.token()).status()).isEqualTo(404);
        String village = a.village("Denekamp");
        for (String token : List.of(a.colleague("supporter", village).token(), a.adminToken())) {
            assertThat(api.get(inbox(a), token).status()).isEqualTo(403);
            assertThat(api.get(detail, token).status()).isEqualTo(403);
            assertThat(api.post(detail + "/acceptance", token, "{}").status()).isEqualTo(403);
        }
        assertThat(audited(a, "READ")).isZero();
    }

    @Test
    void acceptingAndProgressReachTheDeliveryStateTheSupporterFollows() {
        DeliverableIntake intake = deliver(a, "MLD-A-4", LocalDate.now().minusDays(10));
        String detail = inbox(a) + "/" + intake.intakeId();

        ApiClient.Response accepted = api.post(detail + "/acceptance", consultantOfA.token(), "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("acceptedAt").isNull()).isFalse();

        ApiClient.Response progress = api.post(detail + "/progress", consultantOfA.token(), """
                {"caseStatus": "Onderzoek loopt", "caseIdentification": "ZAAK-2026-17",
                 "investigationCompletedOn": "%s", "applicationReceivedOn": "%s"}"""
                .formatted(LocalDate.now().minusDays(2), LocalDate.now().minusDays(1)));
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);

        var row = jdbc.sql("select case_identification, case_status, investigation_completed_on, application_received_on"
                        + " from " + schema(a) + ".intake_delivery where intake_id = ?")
                .param(intake.intakeId()).query().singleRow();
        assertThat(row.get("case_identification")).isEqualTo("ZAAK-2026-17");
        assertThat(row.get("case_status")).isEqualTo("Onderzoek loopt");
        assertThat(row.get("investigation_completed_on").toString()).isEqualTo(LocalDate.now().minusDays(2).toString());
        assertThat(progress.json().get("deadlines").get("decision").asString())
                .isEqualTo(LocalDate.now().minusDays(1).plusWeeks(2).toString());
        assertThat(audited(a, "UPDATE")).isEqualTo(2);
    }

    @Test
    void progressIsValidatedAllAtOnceAndNothingIsSavedOnAnError() {
        DeliverableIntake intake = deliver(a, "MLD-A-5", LocalDate.now().minusDays(10));

        ApiClient.Response refused = api.post(inbox(a) + "/" + intake.intakeId() + "/progress", consultantOfA.token(), """
                {"caseStatus": "Besloten", "investigationCompletedOn": "%s", "decidedOn": "%s",
                 "applicationReceivedOn": "gisteren"}"""
                .formatted(LocalDate.now().minusDays(11), LocalDate.now().plusDays(1)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.invalidFields()).contains("investigationCompletedOn", "applicationReceivedOn", "decidedOn");
        String status = jdbc.sql("select case_status from " + schema(a) + ".intake_delivery where intake_id = ?")
                .param(intake.intakeId()).query(String.class).optional().orElse(null);
        assertThat(status).isNull();
        assertThat(audited(a, "UPDATE")).isZero();
    }

    private DeliverableIntake deliver(Workspace workspace, String reference, LocalDate meldingDate) {
        DeliverableIntake intake = Intakes.intake(reference, meldingDate);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into " + schema(workspace) + ".intake_delivery (intake_id, reference, channel, status, queued_at,"
                        + " next_attempt_at) values (?, ?, 'INBOX', 'QUEUED', ?, ?)")
                .params(intake.intakeId(), reference, now, now).update();
        camel.requestBodyAndHeader(DeliveryEndpoints.INBOX, intake, DeliveryEndpoints.TENANT, workspace.slug());
        return intake;
    }

    private int audited(Workspace workspace, String action) {
        return jdbc.sql("select count(*) from " + schema(workspace) + ".audit_event where action = ? and record_type = ?")
                .params(action, "inbox-intake").query(Integer.class).single();
    }

    private static String inbox(Workspace workspace) {
        return workspace.base() + "/inbox-intakes";
    }

    private static String schema(Workspace workspace) {
        return TenantId.of(workspace.slug()).schema();
    }
}
