package nl.naober.platform.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.platform.Workspace;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocialMapApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "kaart");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void anEntryIsSavedWithEveryFieldAndCountsAsVerifiedByItsMaker() {
        ApiClient.Response created = api.post(entries(), anna.token(), """
                {"kind": "service", "name": "  Vervoersdienst Dinkelland ", "description": "Vrijwilligers rijden ouderen naar de huisarts.",
                 "categories": ["vervoer", "vrijwilligerswerk"], "targetGroups": ["ouderen"], "phone": "0541 123456",
                 "email": "Info@Vervoer.example", "website": "www.vervoer.example", "address": "Dorpsstraat 1, Denekamp",
                 "openingHours": "ma-vr 9-12", "villages": ["%s"], "visibility": "public", "source": "folder"}"""
                .formatted(denekamp));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/social-map-entries/" + id);
        JsonNode entry = api.get(entries() + "/" + id, anna.token()).json();
        assertThat(entry.get("name").asString()).isEqualTo("Vervoersdienst Dinkelland");
        assertThat(entry.get("kind").asString()).isEqualTo("service");
        assertThat(texts(entry.get("categories"))).containsExactly("vervoer", "vrijwilligerswerk");
        assertThat(texts(entry.get("targetGroups"))).containsExactly("ouderen");
        assertThat(entry.get("email").asString()).isEqualTo("info@vervoer.example");
        assertThat(entry.get("website").asString()).isEqualTo("https://www.vervoer.example");
        assertThat(entry.get("wholeMunicipality").asBoolean()).isFalse();
        assertThat(entry.get("villages").get(0).get("name").asString()).isEqualTo("Denekamp");
        assertThat(entry.get("visibility").asString()).isEqualTo("public");
        assertThat(entry.get("lastVerifiedRole").asString()).isEqualTo("supporter");
        assertThat(entry.get("stale").asBoolean()).isFalse();
        assertThat(entry.get("changeable").asBoolean()).isTrue();
        String policy = workspace.colleague("policy-officer").token();
        assertThat(api.get(entries() + "/" + id, policy).json().get("changeable").asBoolean()).isFalse();
        assertThat(api.get(entries() + "/" + id, bert.token()).status()).as("not his village").isEqualTo(404);
    }

    @Test
    void everyInvalidFieldIsReportedInDutchAtOnceAndNothingIsSaved() {
        ApiClient.Response refused = api.post(entries(), anna.token(), """
                {"kind": "kroeg", "name": " ", "categories": ["onbekend"], "targetGroups": [], "phone": "bel me",
                 "email": "geen-adres", "website": "http://", "villages": [], "visibility": "geheim",
                 "description": "%s"}""".formatted("x".repeat(2001)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("kind", "name", "description", "categories",
                "targetGroups", "phone", "email", "website", "villages", "visibility");
        assertThat(refused.body()).contains("Vul de naam in.").contains("Kies ten minste één doelgroep.")
                .contains("Vul een geldig webadres in");
        assertThat(workspace.count("social_map_entry")).isZero();

        ApiClient.Response both = api.post(entries(), anna.token(), entry("Beide", "wonen", "iedereen", "public",
                "\"wholeMunicipality\": true, \"villages\": [\"" + denekamp + "\"]"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.invalidFields()).containsExactly("villages");
        assertThat(workspace.count("social_map_entry")).isZero();
    }

    @Test
    void aSupporterChoosesOnlyHerOwnVillagesAndSeesAndChangesOnlyEntriesServingThem() {
        ApiClient.Response elsewhere = api.post(entries(), anna.token(), entry("Buurthuis", "welzijn-en-ontmoeting",
                "iedereen", "public", "\"villages\": [\"" + ootmarsum + "\"]"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.invalidFields()).containsExactly("villages");
        assertThat(elsewhere.body()).contains("Kies alleen uw eigen dorpen");

        String bertsEntry = create(bert, entry("Buurthuis Ootmarsum", "welzijn-en-ontmoeting", "iedereen", "public",
                "\"villages\": [\"" + ootmarsum + "\"]"));
        String wide = create(bert, entry("Schuldhulpmaatje", "financien", "iedereen", "public",
                "\"wholeMunicipality\": true"));

        assertThat(api.get(entries() + "/" + bertsEntry, anna.token()).status()).isEqualTo(404);
        assertThat(api.put(entries() + "/" + bertsEntry, anna.token(), entry("Overgenomen", "wonen", "iedereen",
                "public", "\"villages\": [\"" + denekamp + "\"]")).status()).isEqualTo(404);
        assertThat(api.post(entries() + "/" + bertsEntry + "/verification", anna.token(), "").status()).isEqualTo(404);
        assertThat(ids(search(anna, ""))).as("hers and the municipality-wide ones").containsExactly(wide);
        assertThat(api.get(entries() + "/" + bertsEntry, bert.token()).json().get("name").asString())
                .isEqualTo("Buurthuis Ootmarsum");

        // a municipality-wide entry serves her villages too; adding her village keeps Bert's
        ApiClient.Response changed = api.put(entries() + "/" + wide, anna.token(), entry("Schuldhulpmaatje Dinkelland",
                "financien", "iedereen", "public", "\"villages\": [\"" + denekamp + "\"]"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String shared = create(bert, entry("Dorpsauto", "vervoer", "ouderen", "public",
                "\"villages\": [\"" + ootmarsum + "\"]"));
        jdbc.sql("insert into " + schema() + ".social_map_entry_village (entry_id, village_id) values (?::uuid, ?::uuid)")
                .params(shared, denekamp).update();
        ApiClient.Response herEdit = api.put(entries() + "/" + shared, anna.token(), entry("Dorpsauto", "vervoer",
                "ouderen", "internal", "\"villages\": [\"" + denekamp + "\"]"));
        assertThat(herEdit.status()).as(herEdit.body()).isEqualTo(200);
        List<String> served = new ArrayList<>();
        herEdit.json().get("villages").forEach(v -> served.add(v.get("name").asString()));
        assertThat(served).containsExactly("Denekamp", "Ootmarsum");
    }

    @Test
    void theAdministratorKeepsEveryEntryAndReadersOnlyRead() {
        String entry = create(anna, entry("Tafeltje dekje", "zorg-en-ondersteuning", "ouderen", "internal",
                "\"villages\": [\"" + denekamp + "\"]"));
        assertThat(api.put(entries() + "/" + entry, workspace.adminToken(), entry("Tafeltje-dek-je", "zorg-en-ondersteuning",
                "ouderen", "public", "\"villages\": [\"" + denekamp + "\", \"" + ootmarsum + "\"]")).status()).isEqualTo(200);

        for (String role : List.of("policy-officer", "sounding-board")) {
            String token = workspace.colleague(role, denekamp).token();
            assertThat(api.get(entries(), token).status()).as(role).isEqualTo(200);
            assertThat(api.get(entries() + "/" + entry, token).json().get("changeable").asBoolean()).isFalse();
            assertThat(api.post(entries(), token, entry("X", "wonen", "iedereen", "public",
                    "\"wholeMunicipality\": true")).status()).as(role).isEqualTo(403);
            assertThat(api.post(entries() + "/" + entry + "/verification", token, "").status()).as(role).isEqualTo(403);
            assertThat(api.get(entries() + "/export", token).status()).as(role).isEqualTo(200);
            assertThat(api.get(workspace.base() + "/social-map-settings", token).status()).as(role).isEqualTo(403);
        }
        for (String role : List.of("wmo-consultant", "privacy-officer")) {
            String token = TestTokens.of(workspace.slug(), role);
            assertThat(api.get(entries(), token).status()).as(role).isEqualTo(403);
            assertThat(api.get(entries() + "/" + entry, token).status()).as(role).isEqualTo(403);
        }
        String elsewhere = Municipalities.register(api, "elders");
        assertThat(api.get(entries(), TestTokens.of(elsewhere, "supporter")).status()).isEqualTo(403);
        assertThat(api.get(entries() + "/" + entry, null).status()).isEqualTo(401);
        assertThat(workspace.count("social_map_entry")).isEqualTo(1);
    }

    @Test
    void vrijwilligersFindsAnEntryThatOnlySaysVrijwilligerAndFiltersCombine() {
        String hulp = create(anna, entry("Burenhulp", "zorg-en-ondersteuning", "ouderen", "public",
                "\"villages\": [\"" + denekamp + "\"], \"description\": \"Een vrijwilliger helpt met klusjes.\""));
        String sport = create(bert, entry("Sportclub", "sport-en-bewegen", "jeugd", "public",
                "\"villages\": [\"" + ootmarsum + "\"], \"description\": \"Zoekt een vrijwilliger als trainer.\""));
        String wide = create(bert, entry("Steunpunt Vrijwilligers", "vrijwilligerswerk", "iedereen", "internal",
                "\"wholeMunicipality\": true"));
        create(anna, entry("Woningcorporatie", "wonen", "iedereen", "public", "\"villages\": [\"" + denekamp + "\"]"));

        assertThat(ids(search("q=vrijwilligers"))).containsExactlyInAnyOrder(hulp, sport, wide);
        assertThat(ids(search("q=vrijwilligers").subList(0, 1))).as("a word in the name ranks first").containsExactly(wide);
        assertThat(ids(search("q=vrijwilligers&village=" + denekamp))).containsExactlyInAnyOrder(hulp, wide);
        assertThat(ids(search(anna, "q=vrijwilligers"))).as("a supporter reads what serves her villages")
                .containsExactlyInAnyOrder(hulp, wide);
        assertThat(ids(search("q=vrijwilligers&village=" + denekamp + "&targetGroup=ouderen"))).containsExactly(hulp);
        assertThat(ids(search("category=sport-en-bewegen&targetGroup=jeugd"))).containsExactly(sport);
        assertThat(ids(search("category=sport-en-bewegen&targetGroup=ouderen"))).isEmpty();
        assertThat(ids(search("q=ouderen"))).as("labels of the target groups are searched").containsExactly(hulp);

        ApiClient.Response unknown = api.get(entries() + "?category=kroegen&targetGroup=katten", anna.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.invalidFields()).containsExactly("category", "targetGroup");
    }

    @Test
    void anEntryNotVerifiedWithinTheMunicipalitysPeriodIsStaleUntilSomeoneVerifiesIt() {
        String old = create(anna, entry("Oud aanbod", "wonen", "iedereen", "public", "\"villages\": [\"" + denekamp + "\"]"));
        String fresh = create(anna, entry("Nieuw aanbod", "wonen", "iedereen", "public", "\"villages\": [\"" + denekamp + "\"]"));
        verifiedAgo(old, 13 * 31);
        verifiedAgo(fresh, 11 * 30);

        assertThat(ids(search("stale=true"))).containsExactly(old);
        assertThat(api.get(entries() + "/" + old, anna.token()).json().get("stale").asBoolean()).isTrue();

        ApiClient.Response shorter = api.put(workspace.base() + "/social-map-settings", workspace.adminToken(),
                "{\"staleAfterMonths\": 6}");
        assertThat(shorter.status()).as(shorter.body()).isEqualTo(200);
        assertThat(ids(search("stale=true"))).containsExactlyInAnyOrder(old, fresh);

        JsonNode verified = api.post(entries() + "/" + old + "/verification", anna.token(), "").json();
        assertThat(verified.get("stale").asBoolean()).isFalse();
        assertThat(ids(search("stale=true"))).containsExactly(fresh);
    }

    @Test
    void theStalenessPeriodIsTheAdministratorsAndRefusedOutsideOneToSixtyMonths() {
        assertThat(api.get(workspace.base() + "/social-map-settings", workspace.adminToken()).json()
                .get("staleAfterMonths").asInt()).isEqualTo(12);
        for (String body : List.of("{\"staleAfterMonths\": 0}", "{\"staleAfterMonths\": 61}", "{}")) {
            ApiClient.Response refused = api.put(workspace.base() + "/social-map-settings", workspace.adminToken(), body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.invalidFields()).containsExactly("staleAfterMonths");
        }
        assertThat(api.put(workspace.base() + "/social-map-settings", anna.token(), "{\"staleAfterMonths\": 3}")
                .status()).isEqualTo(403);
        assertThat(api.get(workspace.base() + "/social-map-settings", workspace.adminToken()).json()
                .get("staleAfterMonths").asInt()).isEqualTo(12);
    }

    @Test
    void aReferralTakesItsTargetFromAnEntryServingTheResidentsVillageOnly() {
        String resident = api.post(workspace.base() + "/residents", anna.token(),
                "{\"village\": \"" + denekamp + "\", \"name\": \"Gerrit Velthuis\"}").json().get("id").asString();
        String serving = create(anna, entry("Schuldhulpmaatje", "financien", "iedereen", "public",
                "\"wholeMunicipality\": true, \"kind\": \"initiative\""));
        String notServing = create(bert, entry("Buurthuis Ootmarsum", "welzijn-en-ontmoeting", "iedereen", "public",
                "\"villages\": [\"" + ootmarsum + "\"]"));
        String consent = """
                "consent": {"what": "naam en hulpvraag", "recipient": "Schuldhulpmaatje", "givenOn": "%s", "form": "verbal"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        String referrals = workspace.base() + "/residents/" + resident + "/referrals";

        ApiClient.Response refused = api.post(referrals, anna.token(),
                "{\"socialMapEntryId\": \"" + notServing + "\", " + consent + "}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).contains("socialMapEntryId");
        assertThat(refused.body()).contains("die het dorp van de inwoner bedient");
        ApiClient.Response unknown = api.post(referrals, anna.token(),
                "{\"socialMapEntryId\": \"" + java.util.UUID.randomUUID() + "\", " + consent + "}");
        assertThat(unknown.invalidFields()).contains("socialMapEntryId");
        assertThat(workspace.count("referral")).isZero();

        ApiClient.Response referred = api.post(referrals, anna.token(),
                "{\"socialMapEntryId\": \"" + serving + "\", " + consent + "}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        assertThat(referred.json().get("socialMapEntryId").asString()).isEqualTo(serving);
        assertThat(referred.json().get("targetName").asString()).isEqualTo("Schuldhulpmaatje");
        assertThat(referred.json().get("targetKind").asString()).isEqualTo("volunteer-organisation");
    }

    private String entry(String name, String category, String targetGroup, String visibility, String more) {
        String kind = more.contains("\"kind\"") ? "" : "\"kind\": \"organisation\", ";
        return """
                {%s"name": "%s", "categories": ["%s"], "targetGroups": ["%s"], "visibility": "%s", %s}"""
                .formatted(kind, name, category, targetGroup, visibility, more);
    }

    private String create(Workspace.Colleague who, String body) {
        ApiClient.Response created = api.post(entries(), who.token(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<JsonNode> search(String query) {
        return search(workspace.adminToken(), query);
    }

    private List<JsonNode> search(Workspace.Colleague who, String query) {
        return search(who.token(), query);
    }

    private List<JsonNode> search(String token, String query) {
        ApiClient.Response found = api.get(entries() + "?" + query, token);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        found.json().forEach(list::add);
        return list;
    }

    private static List<String> ids(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("id").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private void verifiedAgo(String entry, int days) {
        jdbc.sql("update " + schema() + ".social_map_entry set last_verified_at = ? where id = ?::uuid")
                .params(java.sql.Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), entry).update();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private String entries() {
        return workspace.base() + "/social-map-entries";
    }
}
