package nl.naober.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.Role;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The privacy officer's endpoints, called over HTTP as from outside. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    AuditTestEvents events;
    String municipality;
    String officer;
    String log;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        events = new AuditTestEvents(auditLog, transactions, jdbc);
        municipality = Municipalities.register(api, "avg");
        officer = TestTokens.of(municipality, "privacy-officer");
        log = "/api/v1/municipalities/" + municipality + "/audit-log";
    }

    @Test
    void onlyThePrivacyOfficerOfTheMunicipalityReadsTheLogAndVerifiesIt() {
        events.record(municipality, 2, UUID.randomUUID());
        String other = Municipalities.register(api, "avg-ander");
        List<String> paths = List.of(log, log + "?page=1&pageSize=10", log + "/verification",
                log + "/residents/" + UUID.randomUUID());

        for (String path : paths) {
            assertThat(api.get(path, officer).status()).as(path).isEqualTo(200);
            for (Role role : Role.values()) {
                if (role != Role.PRIVACY_OFFICER) {
                    ApiClient.Response refused = api.get(path, TestTokens.of(municipality, role.code()));
                    assertThat(refused.status()).as(role + " " + path).isEqualTo(403);
                    assertThat(refused.contentType()).startsWith("application/problem+json");
                }
            }
            assertThat(api.get(path, TestTokens.withoutMunicipality("platform-admin")).status()).isEqualTo(403);
            assertThat(api.get(path, TestTokens.of(municipality, "municipal-admin", "policy-officer")).status())
                    .isEqualTo(403);
            assertThat(api.get(path, TestTokens.of(other, "privacy-officer")).status()).as("other municipality")
                    .isEqualTo(403);
            assertThat(api.get(path, null).status()).isEqualTo(401);
        }
        // the log is read, never written over the API
        assertThat(api.post(log, officer, "{}").status()).isEqualTo(403);
        assertThat(api.delete(log + "/verification", officer).status()).isEqualTo(403);
    }

    @Test
    void eventsOfAnotherMunicipalityNeverShow() {
        String other = Municipalities.register(api, "avg-b");
        UUID residentOfB = UUID.randomUUID();
        events.record(other, 3, residentOfB);
        events.record(municipality, 1, null);

        JsonNode own = get(log);
        assertThat(own.get("events")).hasSize(1);
        assertThat(api.get(log + "/residents/" + residentOfB, officer).json().get("events")).isEmpty();
        assertThat(get("/api/v1/municipalities/" + other + "/audit-log", TestTokens.of(other, "privacy-officer"))
                .get("events")).hasSize(3).allSatisfy(e -> assertThat(e.get("onBehalfOf").asString()).isEqualTo(
                        "system"));
    }

    @Test
    void theLogIsShownNewestFirstFiftyAtATime() {
        events.record(municipality, 120, null);

        JsonNode first = get(log);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("pageSize").asInt()).isEqualTo(50);
        assertThat(first.get("hasNextPage").asBoolean()).isTrue();
        assertThat(sequences(first)).hasSize(50).startsWith(120L, 119L).endsWith(71L);
        assertThat(sequences(get(log + "?page=2"))).startsWith(70L).endsWith(21L);
        JsonNode last = get(log + "?page=3");
        assertThat(sequences(last)).hasSize(20).startsWith(20L).endsWith(1L);
        assertThat(last.get("hasNextPage").asBoolean()).isFalse();
        assertThat(get(log + "?page=4").get("events")).isEmpty();
        assertThat(sequences(get(log + "?pageSize=7&page=2"))).containsExactly(113L, 112L, 111L, 110L, 109L, 108L,
                107L);

        JsonNode event = first.get("events").get(0);
        assertThat(event.get("actor").get("role").asString()).isEqualTo("system");
        assertThat(event.get("action").asString()).isEqualTo("read");
        assertThat(event.get("recordType").asString()).isEqualTo("contact");
        assertThat(event.get("basis").asString()).isEqualTo("village-support");
        assertThat(event.get("hash").asString()).matches("[0-9a-f]{64}");
        assertThat(event.get("previousHash").asString())
                .isEqualTo(first.get("events").get(1).get("hash").asString());
    }

    @Test
    void aResidentsAccessHistoryShowsOnlyHerEventsWithWhoWhatWhenAndWhy() {
        UUID resident = UUID.randomUUID();
        events.record(municipality, 2, null);
        events.recordAs(municipality, "sub-anna", "Anna de Vries", List.of(Role.SUPPORTER),
                new AuditEvent(AuditAction.UPDATE, "contact", UUID.randomUUID(), resident, "village-support",
                        "notitie gewijzigd"));
        events.record(municipality, 3, UUID.randomUUID());
        events.recordAs(municipality, "sub-wim", "Wim Consulent", List.of(Role.WMO_CONSULTANT),
                new AuditEvent(AuditAction.READ, "referral", UUID.randomUUID(), resident, "consent", null));

        JsonNode history = get(log + "/residents/" + resident);
        assertThat(sequences(history)).containsExactly(7L, 3L);
        JsonNode wim = history.get("events").get(0);
        assertThat(wim.get("actor").get("name").asString()).isEqualTo("Wim Consulent");
        assertThat(wim.get("actor").get("role").asString()).isEqualTo("wmo-consultant");
        assertThat(wim.get("onBehalfOf").asString()).isEqualTo(municipality);
        assertThat(wim.get("basis").asString()).isEqualTo("consent");
        assertThat(wim.get("residentId").asString()).isEqualTo(resident.toString());
        assertThat(Instant.parse(wim.get("occurredAt").asString())).isBeforeOrEqualTo(Instant.now());
        JsonNode anna = history.get("events").get(1);
        assertThat(anna.get("actor").get("subject").asString()).isEqualTo("sub-anna");
        assertThat(anna.get("action").asString()).isEqualTo("update");
        assertThat(anna.get("detail").asString()).isEqualTo("notitie gewijzigd");

        assertThat(sequences(get(log + "?residentId=" + resident))).containsExactly(7L, 3L);
        assertThat(get(log + "/residents/" + UUID.randomUUID()).get("events")).isEmpty();
    }

    @Test
    void thePeriodFilterTakesDaysInTheNetherlandsBothInclusive() {
        events.record(municipality, 3, null);
        Instant recorded = Instant.parse(get(log).get("events").get(0).get("occurredAt").asString());
        LocalDate day = recorded.atZone(AuditLogReader.MUNICIPAL_TIME).toLocalDate();

        assertThat(get(log + "?from=" + day + "&to=" + day).get("events")).hasSize(3);
        assertThat(get(log + "?from=" + day).get("events")).hasSize(3);
        assertThat(get(log + "?to=" + day.minusDays(1)).get("events")).isEmpty();
        assertThat(get(log + "?from=" + day.plusDays(1)).get("events")).isEmpty();
    }

    @Test
    void invalidFiltersAreRefusedWithDutchReasons() {
        assertInvalid(log + "?page=0", "page", "begint bij 1");
        assertInvalid(log + "?pageSize=51", "pageSize", "tussen 1 en 50");
        assertInvalid(log + "?pageSize=0", "pageSize", "tussen 1 en 50");
        assertInvalid(log + "?from=2026-02-01&to=2026-01-31", "from", "na de einddatum");
        assertInvalid(log + "?from=gisteren", "from", "juiste formaat");
        assertInvalid(log + "?residentId=geen-uuid", "residentId", "juiste formaat");
        assertInvalid(log + "/residents/geen-uuid", "residentId", "juiste formaat");
        assertInvalid(log + "?page=99999999999", "page", "juiste formaat");

        ApiClient.Response english = api.send("GET", log + "?pageSize=51", officer, null, null,
                "Accept-Language", "en");
        assertThat(english.json().get("detail").asString()).contains("between 1 and 50");
    }

    @Test
    void theVerificationEndpointReportsAnIntactChainAndTheFirstBrokenEvent() {
        events.record(municipality, 12, null);

        JsonNode intact = get(log + "/verification");
        assertThat(intact.get("eventsChecked").asLong()).isEqualTo(12);
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("firstBrokenSequence").isNull()).isTrue();
        assertThat(intact.get("reason").isNull()).isTrue();
        assertThat(intact.get("lastHash").asString()).isEqualTo(get(log).get("events").get(0).get("hash").asString());

        events.tamper(municipality, "update audit_event set basis = 'nieuwsgierigheid' where sequence_number = 9");

        JsonNode broken = get(log + "/verification");
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(9);
        assertThat(broken.get("eventsChecked").asLong()).isEqualTo(9);
        assertThat(broken.get("reasonCode").asString()).isEqualTo("altered-event");
        assertThat(broken.get("reason").asString()).startsWith("Gebeurtenis 9 is na het vastleggen gewijzigd");
        ApiClient.Response english = api.send("GET", log + "/verification", officer, null, null,
                "Accept-Language", "en");
        assertThat(english.json().get("reason").asString()).startsWith("Event 9 was changed");
    }

    private void assertInvalid(String path, String field, String reason) {
        ApiClient.Response response = api.get(path, officer);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode params = response.json().get("invalidParams");
        assertThat(params.get(0).get("name").asString()).as(path).isEqualTo(field);
        assertThat(params.get(0).get("reason").asString()).as(path).contains(reason);
    }

    private JsonNode get(String path) {
        return get(path, officer);
    }

    private JsonNode get(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> sequences(JsonNode page) {
        List<Long> sequences = new ArrayList<>();
        page.get("events").forEach(event -> sequences.add(event.get("sequence").asLong()));
        return sequences;
    }
}
