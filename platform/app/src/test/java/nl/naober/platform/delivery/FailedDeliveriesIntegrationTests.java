package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FailedDeliveriesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace a;
    Workspace b;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        a = Workspace.create(api, jdbc, "mislukt");
        b = Workspace.create(api, jdbc, "misluktb");
    }

    @Test
    void theAdminSeesHerFailedDeliveriesWithTheReasonAndRetriesOne() {
        UUID failed = row(a, "MLD-F-1", "FAILED", "Zaaktype onbekend");
        row(a, "MLD-F-2", "DELIVERED", null);
        row(b, "MLD-F-3", "FAILED", "Geheim van B");

        ApiClient.Response list = api.get(failures(a), a.adminToken());

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("reference").asString()).isEqualTo("MLD-F-1");
        assertThat(list.json().get(0).get("reason").asString()).isEqualTo("Zaaktype onbekend");
        assertThat(list.json().get(0).get("attempts").asInt()).isEqualTo(8);
        assertThat(list.json().get(0).get("channel").asString()).isEqualTo("ZGW");
        assertThat(list.body()).doesNotContain("Geheim van B");

        ApiClient.Response retried = api.post(a.base() + "/intake-deliveries/" + failed + "/retry", a.adminToken(), "{}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(202);
        var row = jdbc.sql("select status, attempts from " + schema(a) + ".intake_delivery where intake_id = ?")
                .param(failed).query().singleRow();
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(api.get(failures(a), a.adminToken()).json()).isEmpty();
        assertThat(api.post(a.base() + "/intake-deliveries/" + failed + "/retry", a.adminToken(), "{}").status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheAdminOfTheMunicipalityReachesItsFailedDeliveries() {
        UUID failed = row(a, "MLD-F-4", "FAILED", "Time-out");
        String retry = a.base() + "/intake-deliveries/" + failed + "/retry";

        assertThat(api.get(failures(a), b.adminToken()).status()).isEqualTo(403);
        assertThat(api.post(retry, b.adminToken(), "{}").status()).isEqualTo(403);
        assertThat(api.post(b.base() + "/intake-deliveries/" + failed + "/retry", b.adminToken(), "{}").status())
                .isEqualTo(404);
        String village = a.village("Denekamp");
        for (String token : new String[] {a.colleague("supporter", village).token(), a.colleague("wmo-consultant").token()}) {
            assertThat(api.get(failures(a), token).status()).isEqualTo(403);
            assertThat(api.post(retry, token, "{}").status()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select status from " + schema(a) + ".intake_delivery where intake_id = ?").param(failed)
                .query(String.class).single()).isEqualTo("FAILED");
    }

    @Test
    void theAdminSeesTheChannelOfHerMunicipality() {
        ApiClient.Response channel = api.get(a.base() + "/intake-delivery-channel", a.adminToken());

        assertThat(channel.status()).as(channel.body()).isEqualTo(200);
        assertThat(channel.json().get("channel").asString()).isEqualTo("INBOX");
    }

    private UUID row(Workspace workspace, String reference, String status, String reason) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into " + schema(workspace) + ".intake_delivery (intake_id, reference, channel, status, attempts,"
                        + " queued_at, next_attempt_at, last_attempt_at, failure_reason) values (?, ?, 'ZGW', ?, 8, ?, ?, ?, ?)")
                .params(id, reference, status, now, now, now, reason).update();
        return id;
    }

    private static String failures(Workspace workspace) {
        return workspace.base() + "/intake-deliveries?status=failed";
    }

    private static String schema(Workspace workspace) {
        return TenantId.of(workspace.slug()).schema();
    }
}
