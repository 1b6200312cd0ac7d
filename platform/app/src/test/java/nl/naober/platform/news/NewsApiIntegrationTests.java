package nl.naober.platform.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.naober.platform.ApiClient;
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
class NewsApiIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "nieuws");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void theAdministratorPostsAnItemThatTheSupportersOfItsVillagesRead() {
        ApiClient.Response posted = api.post(items(), workspace.adminToken(), item("Nieuwe woonvisie",
                "De gemeente werkt aan een woonvisie.\r\n\r\nDenk mee op 12 juni.", "housing", "local",
                "https://www.dinkelland.nl/woonvisie", null, null, List.of(denekamp)));

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode item = posted.json();
        String id = item.get("id").asString();
        assertThat(posted.header("Location")).endsWith("/news-items/" + id);
        assertThat(item.get("publishOn").asString()).isEqualTo(today().toString());
        assertThat(item.get("status").asString()).isEqualTo("published");
        assertThat(item.get("topicLabel").asString()).isEqualTo("Wonen");
        assertThat(item.get("scopeLabel").asString()).isEqualTo("Lokaal");
        assertThat(item.get("allVillages").asBoolean()).isFalse();
        assertThat(item.get("villages").get(0).get("name").asString()).isEqualTo("Denekamp");
        assertThat(item.get("paragraphs")).extracting(JsonNode::asString)
                .containsExactly("De gemeente werkt aan een woonvisie.", "Denk mee op 12 juni.");

        ApiClient.Response read = api.get(items() + "/" + id, anna.token());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("link").asString()).isEqualTo("https://www.dinkelland.nl/woonvisie");
        assertThat(api.get(items(), anna.token()).json()).extracting(n -> n.get("id").asString()).containsExactly(id);
        assertThat(api.get(items(), bert.token()).json()).isEmpty();
        assertThat(api.get(items() + "/" + id, bert.token()).status()).isEqualTo(404);
    }

    @Test
    void everyWrongFieldIsReportedAtOnceInDutchAndNothingIsSaved() {
        ApiClient.Response refused = api.post(items(), workspace.adminToken(), item("x".repeat(121), "y".repeat(2001),
                "sport", "regional", "javascript:alert(1)", today().plusDays(3).toString(), today().toString(),
                List.of(java.util.UUID.randomUUID().toString())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("title", "body", "topic", "scope", "link",
                "showUntil", "villages");
        assertThat(refused.body()).contains("hoogstens 120", "begint met http:// of https://",
                "De einddatum kan niet voor de publicatiedatum liggen", "Kies alleen dorpen van de gemeente");

        ApiClient.Response empty = api.post(items(), workspace.adminToken(), "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.invalidFields()).containsExactlyInAnyOrder("title", "body", "topic", "scope");
        assertThat(empty.body()).contains("Geef het bericht een titel.", "Schrijf de tekst van het bericht.");

        for (String link : List.of("ftp://bestanden.example/a", "data:text/html,hoi", "https://", "www.dinkelland.nl",
                "https://www.dinkelland.nl/een pagina")) {
            ApiClient.Response wrongLink = api.post(items(), workspace.adminToken(), item("Titel", "Tekst", "care",
                    "national", link, null, null, List.of()));
            assertThat(wrongLink.status()).as(link).isEqualTo(400);
            assertThat(wrongLink.invalidFields()).as(link).containsExactly("link");
        }
        ApiClient.Response badDates = api.post(items(), workspace.adminToken(), item("Titel", "Tekst", "care",
                "national", null, today().plusDays(400).toString(), today().plusYears(3).toString(), List.of()));
        assertThat(badDates.invalidFields()).containsExactlyInAnyOrder("publishOn", "showUntil");
        assertThat(badDates.body()).contains("binnen 366 dagen vanaf vandaag", "binnen 366 dagen na de publicatiedatum");
        ApiClient.Response noDate = api.post(items(), workspace.adminToken(), item("Titel", "Tekst", "care",
                "national", null, "31-12-2026", today().minusDays(1).toString(), List.of()));
        assertThat(noDate.invalidFields()).containsExactly("publishOn");
        assertThat(workspace.count("news_item")).isZero();
        assertThat(workspace.count("news_item_village")).isZero();
    }

    @Test
    void readersSeeOnlyWhatIsShownTodayWhileTheAdministratorSeesEveryState() {
        String scheduled = post(item("Gepland", "Later", "welfare", "national", null,
                today().plusDays(7).toString(), null, List.of()));
        String ended = post(item("Verlopen", "Was", "welfare", "national", null, today().minusDays(10).toString(),
                today().minusDays(1).toString(), List.of()));
        String lastDay = post(item("Laatste dag", "Nog even", "care", "national", null,
                today().minusDays(10).toString(), today().toString(), List.of()));
        String withdrawn = post(item("Ingetrokken", "Foutje", "other", "local", null, null, null, List.of()));
        String shown = post(item("Zichtbaar", "Voor alle dorpen", "care", "local", null, null, null, List.of()));
        ApiClient.Response withdrawal = api.post(items() + "/" + withdrawn + "/withdrawal", workspace.adminToken(), null);
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);
        assertThat(withdrawal.json().get("status").asString()).isEqualTo("withdrawn");

        assertThat(titles(api.get(items(), anna.token()))).containsExactly("Zichtbaar", "Laatste dag");
        assertThat(titles(api.get(items(), bert.token()))).containsExactly("Zichtbaar", "Laatste dag");
        for (String hidden : List.of(scheduled, ended, withdrawn)) {
            assertThat(api.get(items() + "/" + hidden, anna.token()).status()).isEqualTo(404);
        }
        List<String> states = new ArrayList<>();
        api.get(items(), workspace.adminToken()).json().forEach(i -> states.add(i.get("title").asString() + ":"
                + i.get("status").asString()));
        assertThat(states).containsExactly("Gepland:scheduled", "Zichtbaar:published", "Ingetrokken:withdrawn",
                "Laatste dag:published", "Verlopen:ended");
        assertThat(api.get(items() + "/" + shown, workspace.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void theAdministratorChangesAnItemAndARefusedChangeLeavesItAsItWas() {
        String id = post(item("Mantelzorgdag", "Op 10 november.", "care", "local", null, null, null, List.of(ootmarsum)));
        assertThat(api.get(items() + "/" + id, anna.token()).status()).isEqualTo(404);

        ApiClient.Response changed = api.put(items() + "/" + id, workspace.adminToken(), item("Dag van de mantelzorg",
                "Op 10 november, in het dorpshuis.", "care", "local", "http://mantelzorg.example/dag", null, null,
                List.of()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("allVillages").asBoolean()).isTrue();
        assertThat(api.get(items() + "/" + id, anna.token()).json().get("title").asString())
                .isEqualTo("Dag van de mantelzorg");

        ApiClient.Response refused = api.put(items() + "/" + id, workspace.adminToken(), item("", "Tekst", "care",
                "local", "mailto:iemand@example.org", null, null, List.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("title", "link");
        JsonNode kept = api.get(items() + "/" + id, workspace.adminToken()).json();
        assertThat(kept.get("title").asString()).isEqualTo("Dag van de mantelzorg");
        assertThat(kept.get("link").asString()).isEqualTo("http://mantelzorg.example/dag");
        assertThat(api.put(items() + "/" + java.util.UUID.randomUUID(), workspace.adminToken(),
                item("T", "T", "care", "local", null, null, null, List.of())).status()).isEqualTo(404);
    }

    @Test
    void policyOfficersReadEveryVillagesNewsSoundingBoardsTheirOwnAndOtherRolesNone() {
        String forOotmarsum = post(item("Alleen Ootmarsum", "Tekst", "housing", "local", null, null, null,
                List.of(ootmarsum)));
        Workspace.Colleague policy = workspace.colleague("policy-officer");
        Workspace.Colleague klaas = workspace.colleague("sounding-board", denekamp);
        Workspace.Colleague wim = workspace.colleague("sounding-board", ootmarsum);

        assertThat(titles(api.get(items(), policy.token()))).containsExactly("Alleen Ootmarsum");
        assertThat(api.get(items() + "/" + forOotmarsum, policy.token()).status()).isEqualTo(200);
        assertThat(titles(api.get(items(), wim.token()))).containsExactly("Alleen Ootmarsum");
        assertThat(api.get(items(), klaas.token()).json()).isEmpty();
        assertThat(api.get(items() + "/" + forOotmarsum, klaas.token()).status()).isEqualTo(404);

        for (String role : List.of("wmo-consultant", "privacy-officer")) {
            String token = workspace.colleague(role).token();
            assertThat(api.get(items(), token).status()).as(role).isEqualTo(403);
            assertThat(api.get(items() + "/" + forOotmarsum, token).status()).as(role).isEqualTo(403);
        }
        String body = item("Van een ander", "Tekst", "care", "local", null, null, null, List.of());
        for (String token : List.of(anna.token(), policy.token(), klaas.token())) {
            assertThat(api.post(items(), token, body).status()).isEqualTo(403);
            assertThat(api.put(items() + "/" + forOotmarsum, token, body).status()).isEqualTo(403);
            assertThat(api.post(items() + "/" + forOotmarsum + "/withdrawal", token, null).status()).isEqualTo(403);
        }
        String otherAdmin = TestTokens.of("ergens-anders", "municipal-admin");
        assertThat(api.get(items(), otherAdmin).status()).isEqualTo(403);
        assertThat(api.get(items(), null).status()).isEqualTo(401);
        assertThat(workspace.count("news_item")).isEqualTo(1);
    }

    private String post(String body) {
        ApiClient.Response posted = api.post(items(), workspace.adminToken(), body);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("id").asString();
    }

    private static List<String> titles(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        response.json().forEach(i -> titles.add(i.get("title").asString()));
        return titles;
    }

    private static String item(String title, String body, String topic, String scope, String link, String publishOn,
            String showUntil, List<String> villages) {
        return """
                {"title": %s, "body": %s, "topic": "%s", "scope": "%s", "link": %s, "publishOn": %s, "showUntil": %s,
                 "villages": [%s]}""".formatted(json(title), json(body), topic, scope, json(link), json(publishOn),
                json(showUntil), String.join(", ", villages.stream().map(v -> "\"" + v + "\"").toList()));
    }

    private static String json(String value) {
        return value == null ? "null" : tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    private String items() {
        return workspace.base() + "/news-items";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
