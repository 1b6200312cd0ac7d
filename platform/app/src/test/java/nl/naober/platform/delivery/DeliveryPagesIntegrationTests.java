package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import org.apache.camel.ProducerTemplate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProducerTemplate camel;

    Workspace workspace;
    Pages pages;
    Workspace.Colleague consultant;

    @BeforeEach
    void setUp() {
        ApiClient api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "meldpagina");
        pages = new Pages(api, workspace.slug());
        consultant = workspace.colleague("wmo-consultant");
    }

    @Test
    void theConsultantWorksAnIntakeFromTheStartPageToItsProgress() {
        DeliverableIntake overdue = deliver("MLD-P-1", LocalDate.now().minusWeeks(7));
        deliver("MLD-P-2", LocalDate.now().minusDays(1));

        Document start = Pages.html(pages.get("/", consultant.token()));
        assertThat(start.select("#inbox-start-heading")).hasSize(1);
        assertThat(start.text()).contains("MLD-P-1: termijn verstreken").contains("MLD-P-2: nieuw");

        ApiClient.Response list = pages.get("/meldingen", consultant.token());
        assertThat(list.status()).isEqualTo(200);
        Document listed = Pages.html(list);
        assertThat(listed.select(".naober-list__item").first().text()).contains("MLD-P-1").contains("termijn verstreken");
        assertThat(list.body()).doesNotContain(Intakes.BSN);

        String detail = "/meldingen/" + overdue.intakeId();
        Document shown = Pages.html(pages.get(detail, consultant.token()));
        assertThat(shown.text()).contains("******333").contains("Gerrit Velthuis").doesNotContain(Intakes.BSN);

        assertThat(pages.post(detail + "/accepteren", consultant.token()).status()).isEqualTo(302);
        ApiClient.Response refused = pages.post(detail + "/voortgang", consultant.token(),
                "caseStatus=Onderzoek", "decidedOn=" + LocalDate.now());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Een besluit kan pas na ontvangst van de aanvraag.");
        ApiClient.Response saved = pages.post(detail + "/voortgang", consultant.token(),
                "caseStatus=Onderzoek loopt", "caseIdentification=ZAAK-9");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(jdbc.sql("select case_identification from " + schema() + ".intake_delivery where intake_id = ?")
                .param(overdue.intakeId()).query(String.class).single()).isEqualTo("ZAAK-9");

        ApiClient.Response pdf = pages.get(detail + "/document", consultant.token());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pages.get("/meldingen", workspace.adminToken()).status()).isEqualTo(403);
    }

    @Test
    void theAdminSeesAFailedDeliveryWithItsReasonAndQueuesItAgain() {
        java.util.UUID intakeId = java.util.UUID.randomUUID();
        Timestamp earlier = Timestamp.from(Instant.now().minusSeconds(3600));
        jdbc.sql("insert into " + schema() + ".intake_delivery (intake_id, reference, channel, status, attempts,"
                        + " queued_at, next_attempt_at, last_attempt_at, failure_reason)"
                        + " values (?, 'MLD-F-1', 'ZGW', 'FAILED', 10, ?, ?, ?, 'Zaaktype WMO-MELDING onbekend')")
                .params(intakeId, earlier, earlier, earlier).update();
        Workspace.Colleague supporter = workspace.colleague("supporter", workspace.village("Lattrop"));

        Document start = Pages.html(pages.get("/", workspace.adminToken()));
        assertThat(start.select("#failed-start-heading")).hasSize(1);
        assertThat(start.text()).contains("1 melding(en) konden niet worden verstuurd.");

        ApiClient api = new ApiClient(port);
        ApiClient.Response page = api.send("GET", "/mislukte-verzendingen", workspace.adminToken(), null, null,
                "X-Naober-Tenant", workspace.slug(), "X-Naober-Csrf-Token", "gateway-token");
        assertThat(page.status()).isEqualTo(200);
        Document listed = Pages.html(page);
        assertThat(listed.select(".naober-list__item").text()).contains("MLD-F-1").contains("Zaaktype WMO-MELDING onbekend");
        assertThat(listed.selectFirst("form[action$=/mislukte-verzendingen/" + intakeId + "/opnieuw] input[name=_csrf]")
                .val()).isEqualTo("gateway-token");

        assertThat(pages.get("/mislukte-verzendingen", supporter.token()).status()).isEqualTo(403);
        assertThat(pages.post("/mislukte-verzendingen/" + intakeId + "/opnieuw", supporter.token()).status())
                .isEqualTo(403);
        assertThat(status(intakeId)).isEqualTo("FAILED");

        assertThat(pages.post("/mislukte-verzendingen/" + intakeId + "/opnieuw", workspace.adminToken()).status())
                .isEqualTo(302);
        assertThat(status(intakeId)).isEqualTo("QUEUED");
        assertThat(Pages.html(pages.get("/", workspace.adminToken())).select("#failed-start-heading")).isEmpty();
    }

    private String status(java.util.UUID intakeId) {
        return jdbc.sql("select status from " + schema() + ".intake_delivery where intake_id = ?")
                .param(intakeId).query(String.class).single();
    }

    private DeliverableIntake deliver(String reference, LocalDate meldingDate) {
        DeliverableIntake intake = Intakes.intake(reference, meldingDate);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into " + schema() + ".intake_delivery (intake_id, reference, channel, status, queued_at,"
                        + " next_attempt_at) values (?, ?, 'INBOX', 'QUEUED', ?, ?)")
                .params(intake.intakeId(), reference, now, now).update();
        camel.requestBodyAndHeader(DeliveryEndpoints.INBOX, intake, DeliveryEndpoints.TENANT, workspace.slug());
        return intake;
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }
}
