package nl.naober.platform.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The news pages: the administrator's form, withdrawal, the readers' list, item and start page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewsPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Pages pages;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "nieuwspagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void theAdministratorPostsAnItemWithTheFormAndTheSupporterReadsItEscapedOnHerStartPage() {
        Document form = Pages.html(ok(pages.get("/nieuws/nieuw", workspace.adminToken())));
        assertThat(form.select("h1")).singleElement().extracting(Element::text).isEqualTo("Nieuw bericht");
        assertThat(form.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Nieuws");
        assertThat(form.getElementById("publishOn").val()).isEqualTo(today().toString());
        assertThat(form.select("input[name=scope][checked]").eachAttr("value")).containsExactly("local");
        assertThat(form.select("input[name=villages]").eachAttr("value")).containsExactlyInAnyOrder(denekamp, ootmarsum);

        ApiClient.Response posted = pages.post("/nieuws/nieuw", workspace.adminToken(),
                "title=Wachtlijst <b>sociale huur</b> korter", "body=Goed nieuws.\r\n\r\n<script>alert(1)</script>",
                "topic=housing", "scope=national", "link=https://www.rijksoverheid.nl/wonen", "publishOn=" + today(),
                "showUntil=", "villages=" + denekamp);
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.header("Location");
        assertThat(location).matches("/nieuws/[0-9a-f-]{36}\\?gelukt=opgeslagen");
        Document saved = Pages.html(ok(pages.get(location, workspace.adminToken())));
        assertThat(saved.selectFirst("[role=status]").text()).isEqualTo("Het bericht is opgeslagen.");

        Document start = Pages.html(ok(pages.get("/", anna.token())));
        Element section = start.getElementById("news-heading").parent();
        assertThat(section.selectFirst("a").text()).isEqualTo("Wachtlijst <b>sociale huur</b> korter");
        assertThat(section.select("a[href=/nieuws]")).hasSize(1);
        assertThat(start.select("main b")).isEmpty();

        ApiClient.Response shown = ok(pages.get(location.substring(0, location.indexOf('?')), anna.token()));
        Document item = Pages.html(shown);
        assertThat(item.select("h1").text()).isEqualTo("Wachtlijst <b>sociale huur</b> korter");
        assertThat(item.select("main p").eachText()).contains("Goed nieuws.", "<script>alert(1)</script>");
        assertThat(item.select("main script")).isEmpty();
        assertThat(shown.body()).doesNotContain("<script>alert(1)");
        assertThat(item.selectFirst("main a[rel~=noopener]").attr("href")).isEqualTo("https://www.rijksoverheid.nl/wonen");
        assertThat(item.select("main form")).isEmpty();
        assertThat(Pages.html(ok(pages.get("/nieuws", anna.token()))).select("main li h2 a").eachText())
                .containsExactly("Wachtlijst <b>sociale huur</b> korter");
    }

    @Test
    void aRefusedFormIsShownAgainWithA422TheMessagesAtTheFieldsAndNothingIsSaved() {
        ApiClient.Response refused = pages.post("/nieuws/nieuw", workspace.adminToken(), "title=", "body=Tekst",
                "topic=", "scope=local", "link=javascript:alert(1)", "publishOn=morgen",
                "showUntil=" + today().minusDays(1), "villages=geen-id");

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.title()).startsWith("Fout:");
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#title", "#topic",
                "#link", "#publishOn", "#villages");
        for (String field : List.of("title", "topic", "link", "publishOn", "villages")) {
            assertThat(html.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(html.getElementById(field + "-error")).as(field).isNotNull();
        }
        assertThat(html.getElementById("link-error").text()).contains("begint met http:// of https://");
        assertThat(html.getElementById("link").val()).isEqualTo("javascript:alert(1)");
        assertThat(html.getElementById("body").text()).isEqualTo("Tekst");
        assertThat(workspace.count("news_item")).isZero();

        ApiClient.Response ends = pages.post("/nieuws/nieuw", workspace.adminToken(), "title=T", "body=T",
                "topic=care", "scope=local", "publishOn=" + today(), "showUntil=" + today().minusDays(1));
        assertThat(ends.status()).isEqualTo(422);
        assertThat(Pages.html(ends).getElementById("showUntil-error").text()).contains("De einddatum kan niet voor");
        assertThat(workspace.count("news_item")).isZero();
    }

    @Test
    void theAdministratorChangesAndWithdrawsAnItemAndReadersNoLongerSeeIt() {
        String id = post("Dorpshuis open", List.of());
        Document edit = Pages.html(ok(pages.get("/nieuws/" + id + "/wijzigen", workspace.adminToken())));
        assertThat(edit.getElementById("title").val()).isEqualTo("Dorpshuis open");
        assertThat(edit.select("input[name=topic][checked]").eachAttr("value")).containsExactly("welfare");

        ApiClient.Response refused = pages.post("/nieuws/" + id + "/wijzigen", workspace.adminToken(), "title=",
                "body=Nieuw", "topic=welfare", "scope=local");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(api.get(workspace.base() + "/news-items/" + id, workspace.adminToken()).json().get("body")
                .asString()).isEqualTo("Het dorpshuis is weer open.");

        ApiClient.Response changed = pages.post("/nieuws/" + id + "/wijzigen", workspace.adminToken(),
                "title=Dorpshuis weer open", "body=Vanaf maandag.", "topic=welfare", "scope=local",
                "publishOn=" + today(), "villages=" + ootmarsum);
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(pages.get("/nieuws/" + id, anna.token()).status()).isEqualTo(404);

        String other = post("Zorgbudget", List.of());
        assertThat(ok(pages.get("/nieuws/" + other, anna.token())).body()).contains("Zorgbudget");
        ApiClient.Response withdrawn = pages.post("/nieuws/" + other + "/intrekken", workspace.adminToken());
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(withdrawn.header("Location")).isEqualTo("/nieuws?gelukt=ingetrokken");
        assertThat(pages.get("/nieuws/" + other, anna.token()).status()).isEqualTo(404);
        Document list = Pages.html(ok(pages.get("/nieuws?gelukt=ingetrokken", workspace.adminToken())));
        assertThat(list.selectFirst("[role=status]").text()).startsWith("Het bericht is ingetrokken.");
        assertThat(list.select("main li").eachText()).anyMatch(t -> t.contains("Zorgbudget") && t.contains("Ingetrokken"));
        assertThat(Pages.html(ok(pages.get("/", anna.token()))).getElementById("news-heading").parent().text())
                .contains("Er is op dit moment geen nieuws voor uw dorp.");
    }

    @Test
    void onlyTheAdministratorReachesTheFormsAndRolesWithoutNewsNoPage() {
        String id = post("Alleen voor beheer", List.of());
        for (String token : List.of(anna.token(), workspace.colleague("policy-officer").token(),
                workspace.colleague("sounding-board", denekamp).token())) {
            assertThat(pages.get("/nieuws/nieuw", token).status()).isEqualTo(403);
            assertThat(pages.get("/nieuws/" + id + "/wijzigen", token).status()).isEqualTo(403);
            assertThat(pages.post("/nieuws/nieuw", token, "title=x", "body=x", "topic=care", "scope=local").status())
                    .isEqualTo(403);
            assertThat(pages.post("/nieuws/" + id + "/intrekken", token).status()).isEqualTo(403);
            assertThat(pages.get("/nieuws", token).status()).isEqualTo(200);
        }
        for (String role : List.of("wmo-consultant", "privacy-officer")) {
            String token = workspace.colleague(role).token();
            assertThat(pages.get("/nieuws", token).status()).as(role).isEqualTo(403);
            assertThat(pages.get("/nieuws/" + id, token).status()).as(role).isEqualTo(403);
        }
        assertThat(workspace.count("news_item")).isEqualTo(1);
        // the administrator keeps the feed from its menu; the supporter reaches it from her start page
        assertThat(Pages.html(ok(pages.get("/", workspace.adminToken()))).select("nav a").eachText()).contains("Nieuws");
        assertThat(Pages.html(ok(pages.get("/", workspace.adminToken()))).getElementById("news-heading")).isNull();
    }

    private String post(String title, List<String> villages) {
        ApiClient.Response posted = api.post(workspace.base() + "/news-items", workspace.adminToken(), """
                {"title": "%s", "body": "Het dorpshuis is weer open.", "topic": "welfare", "scope": "local",
                 "villages": [%s]}""".formatted(title, String.join(",", villages.stream().map(v -> "\"" + v + "\"")
                .toList())));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("id").asString();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
