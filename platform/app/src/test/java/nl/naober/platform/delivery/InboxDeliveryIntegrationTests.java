package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "naober.delivery.worker.enabled=false")
class InboxDeliveryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProducerTemplate camel;

    @Test
    void anIntakeDeliveredTwiceIsStoredOnceEncryptedInTheMunicipalitysOwnSchema() {
        Workspace a = Workspace.create(new ApiClient(port), jdbc, "inbox");
        Workspace b = Workspace.create(new ApiClient(port), jdbc, "inboxb");
        DeliverableIntake intake = Intakes.intake("MLD-2026-0001", LocalDate.now().minusDays(2));

        camel.requestBodyAndHeader(DeliveryEndpoints.INBOX, intake, DeliveryEndpoints.TENANT, a.slug());
        camel.requestBodyAndHeader(DeliveryEndpoints.INBOX, intake, DeliveryEndpoints.TENANT, a.slug());

        assertThat(a.count("intake_inbox")).isEqualTo(1);
        assertThat(b.count("intake_inbox")).isZero();
        List<String> stored = jdbc.sql("select resident_bsn || resident_name || request from "
                + TenantId.of(a.slug()).schema() + ".intake_inbox where reference = ?")
                .param(intake.reference()).query(String.class).list();
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row).doesNotContain(Intakes.BSN).doesNotContain("Velthuis").doesNotContain("trap");
        });
        byte[] pdf = jdbc.sql("select pdf from " + TenantId.of(a.slug()).schema() + ".intake_inbox")
                .query(byte[].class).single();
        assertThat(pdf).isEqualTo(intake.pdf().content());
    }
}
