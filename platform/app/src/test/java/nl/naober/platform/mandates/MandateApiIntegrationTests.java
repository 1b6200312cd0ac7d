package nl.naober.platform.mandates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MandateApiIntegrationTests {

    private static final Set<MandateScope> ALL = EnumSet.allOf(MandateScope.class);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mandates mandates;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "mandaat");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void theAdminGrantsAMandateThatIsValidInScopeVillageAndPeriod() {
        ApiClient.Response granted = grant(anna, today().minusDays(1), today().plusYears(1),
                "\"wmo-intake\", \"bsn\", \"conversation-report\"");

        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().get("status").asString()).isEqualTo("valid");
        assertThat(granted.json().get("decisionReference").asString()).isEqualTo("B&W 2026/123");
        String id = granted.json().get("id").asString();
        assertThat(api.get(workspace.base() + "/mandates/" + id, workspace.adminToken()).status()).isEqualTo(200);
        assertThat(api.get(workspace.base() + "/mandates", workspace.adminToken()).json()).hasSize(1);
        assertThat(api.get(workspace.base() + "/me/mandates", anna.token()).json()).hasSize(1);

        assertThat(valid(anna, denekamp, ALL, today())).map(MandateReference::id).contains(UUID.fromString(id));
        assertThat(valid(anna, ootmarsum, ALL, today())).as("other village").isEmpty();
        assertThat(valid(anna, denekamp, ALL, today().plusYears(2))).as("expired").isEmpty();
        assertThat(valid(anna, denekamp, ALL, today().minusDays(2))).as("not yet valid").isEmpty();
    }

    @Test
    void aMandateWithoutAScopeDoesNotCoverIt() {
        grant(anna, today(), today().plusMonths(6), "\"wmo-intake\", \"conversation-report\"");

        assertThat(valid(anna, denekamp, EnumSet.of(MandateScope.WMO_INTAKE), today())).isPresent();
        assertThat(valid(anna, denekamp, ALL, today())).as("bsn missing").isEmpty();
    }

    @Test
    void aRevokedMandateStaysForTheRecordButIsNoLongerValid() {
        String id = grant(anna, today(), today().plusYears(1), "\"wmo-intake\", \"bsn\", \"conversation-report\"")
                .json().get("id").asString();
        String revocation = workspace.base() + "/mandates/" + id + "/revocation";

        ApiClient.Response noReason = api.post(revocation, workspace.adminToken(), "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.invalidFields()).containsExactly("reason");

        ApiClient.Response revoked = api.post(revocation, workspace.adminToken(),
                "{\"reason\": \"Dienstverband beëindigd\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("revoked");
        assertThat(revoked.json().get("revocationReason").asString()).isEqualTo("Dienstverband beëindigd");
        assertThat(api.post(revocation, workspace.adminToken(), "{\"reason\": \"nogmaals\"}").status()).isEqualTo(409);
        assertThat(workspace.count("mandate")).isEqualTo(1);
        assertThat(valid(anna, denekamp, ALL, today())).isEmpty();
    }

    @Test
    void anInvalidGrantNamesEveryFieldAndSavesNothing() {
        Workspace.Colleague consultant = workspace.colleague("wmo-consultant", denekamp);
        ApiClient.Response refused = api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": ["everything"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s"}""".formatted(consultant.memberId(), UUID.randomUUID(),
                today(), today().plusYears(6)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("supporterId", "scopes", "villages",
                "validUntil", "decisionReference");
        assertThat(refused.body()).contains("hoogstens 5 jaar");
        assertThat(workspace.count("mandate")).isZero();
    }

    @Test
    void onlyTheAdminOfTheMunicipalityManagesMandates() {
        String mandates = workspace.base() + "/mandates";
        assertThat(api.get(mandates, anna.token()).status()).isEqualTo(403);
        assertThat(api.post(mandates, anna.token(), "{}").status()).isEqualTo(403);
        Workspace other = Workspace.create(api, jdbc, "elders");
        assertThat(api.get(mandates, other.adminToken()).status()).isIn(401, 403, 404);
        assertThat(api.get(workspace.base() + "/me/mandates", workspace.adminToken()).status()).isEqualTo(403);
        assertThat(api.post(mandates, workspace.adminToken(), "{\"scopes\": 5").status()).isEqualTo(400);
    }

    private ApiClient.Response grant(Workspace.Colleague supporter, LocalDate from, LocalDate until, String scopes) {
        return api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": [%s], "villages": ["%s"], "validFrom": "%s", "validUntil": "%s",
                 "decisionReference": "B&W 2026/123"}""".formatted(supporter.memberId(), scopes,
                supporter.villages().getFirst(), from, until));
    }

    private Optional<MandateReference> valid(Workspace.Colleague supporter, String village, Set<MandateScope> scopes,
            LocalDate on) {
        return TenantContext.supplyAs(TenantId.of(workspace.slug()), () -> mandates.validMandate(
                UUID.fromString(supporter.memberId()), UUID.fromString(village), scopes, on));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
