package nl.naober.platform.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "subsidie");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        // 3 × 40 minutes = 2 hours of the supporter in Denekamp this year
        for (int i = 0; i < 3; i++) {
            ApiClient.Response contact = api.post(workspace.base() + "/contacts", anna.token(), """
                    {"date": "%s", "channel": "phone", "themes": ["wonen"], "route": "own-network", "minutes": 40,
                     "function": "F1"}""".formatted(today()));
            assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        }
    }

    @Test
    void spentIsTheSupportersHoursTimesTheRatePlusTheCostsAndTheBalanceShowsUnderspending() {
        ApiClient.Response set = api.put(grants(), workspace.adminToken(), grant(denekamp, "45.000", "1.000", "52,50"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("grantedAmount").decimalValue()).isEqualByComparingTo("45000.00");
        assertThat(set.json().get("hourlyRate").decimalValue()).isEqualByComparingTo("52.50");
        ApiClient.Response cost = api.post(workspace.base() + "/grant-costs", workspace.adminToken(), """
                {"village": "%s", "date": "%s", "description": "Zaalhuur dorpshuis", "amount": "120,50"}"""
                .formatted(denekamp, today()));
        assertThat(cost.status()).as(cost.body()).isEqualTo(201);

        JsonNode overview = api.get(grants() + "?year=" + today().getYear(), workspace.adminToken()).json();
        JsonNode village = find(overview, denekamp);
        // 120 minutes × € 52,50 / 60 = € 105,00; + € 120,50 = € 225,50; 45.000 − 225,50 = 44.774,50
        assertThat(village.get("hoursSpent").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(village.get("hoursCost").decimalValue()).isEqualByComparingTo("105.00");
        assertThat(village.get("costs").decimalValue()).isEqualByComparingTo("120.50");
        assertThat(village.get("spent").decimalValue()).isEqualByComparingTo("225.50");
        assertThat(village.get("balance").decimalValue()).isEqualByComparingTo("44774.50");
        assertThat(village.get("status").asString()).isEqualTo("underspent");
        assertThat(village.get("costEntries").get(0).get("description").asString()).isEqualTo("Zaalhuur dorpshuis");
        assertThat(find(overview, ootmarsum).get("status").asString()).isEqualTo("no-grant");

        ApiClient.Response lower = api.put(grants(), workspace.adminToken(), grant(denekamp, "200", "10", "52.5"));
        assertThat(lower.json().get("balance").decimalValue()).isEqualByComparingTo("-25.50");
        assertThat(lower.json().get("status").asString()).isEqualTo("overspent");
        assertThat(workspace.count("funding_grant")).isEqualTo(1);
        String stored = jdbc.sql("select description_enc from " + nl.naober.kernel.TenantId.of(workspace.slug()).schema()
                + ".funding_cost").query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain("Zaalhuur");
    }

    @Test
    void theReportsShowGrantedAndSpentToTheMunicipalityButNotToThePublic() {
        api.put(grants(), workspace.adminToken(), grant(denekamp, "45.000", "1.000", "52,50"));
        Workspace.Colleague policy = workspace.colleague("policy-officer");

        ApiClient.Response dashboard = api.get(workspace.base() + "/dashboard", policy.token());
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Toegekend", "€ 45.000,00", "Besteed", "€ 105,00");
        ApiClient.Response report = api.get(workspace.base() + "/village-reports/" + denekamp, anna.token());
        assertThat(report.body()).contains("Subsidie", "€ 44.895,00");
        ApiClient.Response open = api.get("/publiek/" + workspace.slug() + "/denekamp/jaarverslag/" + today().getYear(),
                null);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.body()).doesNotContain("Subsidie", "45.000");
    }

    @Test
    void everyWrongFieldIsReportedAtOnceInDutchAndNothingIsSaved() {
        ApiClient.Response empty = api.put(grants(), workspace.adminToken(), "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.invalidFields()).containsExactlyInAnyOrder("village", "year", "grantedAmount", "hoursBudget",
                "hourlyRate");
        assertThat(empty.body()).contains("Kies het dorp.", "Vul het toegekende bedrag in.");

        ApiClient.Response wrong = api.put(grants(), workspace.adminToken(), """
                {"village": "%s", "year": 1999, "grantedAmount": "veel", "hoursBudget": "1,55", "hourlyRate": "2000"}"""
                .formatted(java.util.UUID.randomUUID()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.invalidFields()).containsExactlyInAnyOrder("village", "year", "grantedAmount", "hoursBudget",
                "hourlyRate");
        assertThat(wrong.body()).contains("Kies een dorp van de gemeente.", "Vul een bedrag in, zoals 45.000",
                "hoogstens één cijfer achter de komma", "Vul een getal in van hoogstens 1000");

        ApiClient.Response noCost = api.post(workspace.base() + "/grant-costs", workspace.adminToken(), "{}");
        assertThat(noCost.status()).isEqualTo(400);
        assertThat(noCost.invalidFields()).containsExactlyInAnyOrder("village", "date", "description", "amount");
        for (String amount : List.of("0", "-5", "1,234")) {
            ApiClient.Response bad = api.post(workspace.base() + "/grant-costs", workspace.adminToken(), """
                    {"village": "%s", "date": "morgen", "description": "Zaalhuur", "amount": "%s"}"""
                    .formatted(denekamp, amount));
            assertThat(bad.status()).as(amount).isEqualTo(400);
            assertThat(bad.invalidFields()).as(amount).containsExactlyInAnyOrder("date", "amount");
        }
        assertThat(workspace.count("funding_grant")).isZero();
        assertThat(workspace.count("funding_cost")).isZero();
    }

    @Test
    void onlyTheMunicipalAdministratorKeepsTheFunding() {
        for (String role : List.of("policy-officer", "sounding-board", "wmo-consultant", "privacy-officer")) {
            String token = workspace.colleague(role, denekamp).token();
            assertThat(api.get(grants(), token).status()).as(role).isEqualTo(403);
            assertThat(api.put(grants(), token, grant(denekamp, "1", "1", "1")).status()).as(role).isEqualTo(403);
            assertThat(api.post(workspace.base() + "/grant-costs", token, "{}").status()).as(role).isEqualTo(403);
        }
        assertThat(api.get(grants(), anna.token()).status()).isEqualTo(403);
        Workspace other = Workspace.create(api, jdbc, "anderesubsidie");
        assertThat(api.get(grants(), other.adminToken()).status()).isEqualTo(403);
        assertThat(api.put(grants(), other.adminToken(), grant(denekamp, "1", "1", "1")).status()).isEqualTo(403);
        assertThat(workspace.count("funding_grant")).isZero();
    }

    private String grant(String village, String granted, String hours, String rate) {
        return """
                {"village": "%s", "year": %d, "grantedAmount": "%s", "hoursBudget": "%s", "hourlyRate": "%s"}"""
                .formatted(village, today().getYear(), granted, hours, rate);
    }

    private String grants() {
        return workspace.base() + "/grants";
    }

    private static JsonNode find(JsonNode overview, String village) {
        for (JsonNode node : overview) {
            if (node.get("village").asString().equals(village)) {
                return node;
            }
        }
        throw new AssertionError("no village " + village + " in " + overview);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
