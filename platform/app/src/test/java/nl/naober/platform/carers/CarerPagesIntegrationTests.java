package nl.naober.platform.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** The carer pages: the register, one carer with the appreciation and its consent, the administrator's list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarerPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Pages pages;
    Workspace workspace;
    String denekamp;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "mantelzorgpagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        String ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void invalidInputIsShownAgainWithA422TheMessagesAtTheFieldsAndTheValuesAndNothingIsSaved() {
        resident("Mina Nijhuis");
        ApiClient.Response refused = pages.post("/mantelzorg/nieuw", anna.token(), "residentId=", "name=",
                "contact=06 12345678", "caresFor.residentId=", "hoursPerWeek=veel", "support=respite-care",
                "support=peer-group", "referredOn=", "startedOn=" + today());

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#name",
                "#caresFor.relation", "#burden", "#hoursPerWeek", "#referredToCarerSupport");
        for (String field : List.of("name", "caresFor.relation", "burden", "hoursPerWeek", "referredToCarerSupport")) {
            assertThat(html.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(html.getElementById(field + "-error")).as(field).isNotNull();
        }
        assertThat(html.getElementById("hoursPerWeek-error").text())
                .isEqualTo("Fout: Vul een geheel getal in van 1 tot en met 168.");
        assertThat(html.getElementById("hoursPerWeek").val()).isEqualTo("veel");
        assertThat(html.getElementById("contact").val()).isEqualTo("06 12345678");
        assertThat(html.select("input[name=support][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("respite-care", "peer-group");
        assertThat(workspace.count("carer")).isZero();
        assertThat(workspace.count("carer_support")).isZero();
    }

    @Test
    void aKnownResidentIsRegisteredAsCarerAndTheRegisterShowsInitialsOnly() {
        String gerda = resident("Gerda Nijhuis");
        String mina = resident("Mina Nijhuis");

        Document form = Pages.html(ok(pages.get("/mantelzorg/nieuw?inwoner=" + gerda, anna.token())));
        assertThat(form.select("input[name=residentId][checked]").eachAttr("value")).containsExactly(gerda);
        assertThat(form.select("input[name=residentId]").eachAttr("value")).contains(gerda, mina, "");
        assertThat(form.getElementById("startedOn").val()).isEqualTo(today().toString());
        assertThat(form.body().text()).doesNotContain("Nijhuis").contains("G.N.");

        ApiClient.Response registered = pages.post("/mantelzorg/nieuw", anna.token(), "residentId=" + gerda, "name=",
                "contact=", "caresFor.relation=parent", "caresFor.residentId=" + mina, "burden=heavy",
                "hoursPerWeek=20", "support=information", "referredToCarerSupport=true", "referredOn=" + today(),
                "startedOn=" + today());

        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        assertThat(registered.header("Location")).matches("/mantelzorg/[0-9a-f-]{36}\\?opgeslagen");
        assertThat(workspace.count("carer")).isEqualTo(1);
        Document detail = Pages.html(ok(pages.get(registered.header("Location"), anna.token())));
        assertThat(detail.selectFirst("h1").text()).startsWith("Inwoner INW-");
        assertThat(detail.selectFirst("main").text()).contains("Ouder, inwoner INW-", "Zwaar", "20",
                "Informatie en advies", "Ja, op", "nog niet aangemeld");

        Document list = Pages.html(ok(pages.get("/mantelzorg", anna.token())));
        assertThat(list.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Mantelzorg");
        assertThat(list.select("main .naober-list__link").eachText()).containsExactly("G.N., zorgt voor: Ouder");
        assertThat(list.body().text()).doesNotContain("Nijhuis");
    }

    @Test
    void theCarerIsRegisteredForTheAppreciationOnlyWithHerConsentAndTheAdministratorDownloadsTheList() {
        String carer = carer("Jannie Lubbersveld");
        Document detail = Pages.html(ok(pages.get("/mantelzorg/" + carer, anna.token())));
        assertThat(detail.getElementById("name").val()).isEqualTo("Jannie Lubbersveld");
        assertThat(detail.getElementById("consent.givenOn").val()).isEqualTo(today().toString());
        assertThat(detail.getElementById("consent.recipient").val()).startsWith("Gemeente mantelzorgpagina");
        assertThat(detail.select("input[name=year][checked]").eachAttr("value"))
                .containsExactly(String.valueOf(today().getYear()));

        ApiClient.Response refused = pages.post("/mantelzorg/" + carer + "/waardering", anna.token(),
                "consent.what=", "consent.recipient=Gemeente", "consent.givenOn=" + today(), "year=" + today().getYear(),
                "how=supporter-registered", "name=Jannie Lubbersveld", "postalAddress=Dorpsstraat 1, 7591 AA Denekamp");
        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactly("#consent.what", "#consent.form");
        assertThat(html.getElementById("consent.form").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.getElementById("postalAddress").text()).isEqualTo("Dorpsstraat 1, 7591 AA Denekamp");
        assertThat(workspace.count("carer_appreciation")).isZero();

        ApiClient.Response nominated = pages.post("/mantelzorg/" + carer + "/waardering", anna.token(),
                "consent.what=Naam en postadres", "consent.recipient=Gemeente", "consent.givenOn=" + today(),
                "consent.form=verbal", "year=" + today().getYear(), "how=supporter-registered",
                "name=Jannie Lubbersveld", "postalAddress=Dorpsstraat 1, 7591 AA Denekamp");
        assertThat(nominated.status()).as(nominated.body()).isEqualTo(302);
        assertThat(workspace.count("carer_appreciation")).isEqualTo(1);
        assertThat(Pages.html(pages.get("/mantelzorg/" + carer, anna.token())).selectFirst("main").text())
                .contains("Jaar " + today().getYear() + ": aangemeld", "Dorpsstraat 1", "Mondeling");
        ApiClient.Response again = pages.post("/mantelzorg/" + carer + "/waardering", anna.token(),
                "consent.what=Naam en postadres", "consent.recipient=Gemeente", "consent.givenOn=" + today(),
                "consent.form=verbal", "year=" + today().getYear(), "how=supporter-registered",
                "postalAddress=Dorpsstraat 1, 7591 AA Denekamp");
        assertThat(again.status()).isEqualTo(422);
        assertThat(Pages.html(again).getElementById("year-error").text()).contains("al aangemeld");
        assertThat(workspace.count("carer_appreciation")).isEqualTo(1);

        Document list = Pages.html(ok(pages.get("/mantelzorgwaardering", workspace.adminToken())));
        assertThat(list.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Mantelzorgwaardering");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Mantelzorgwaardering " + today().getYear());
        assertThat(list.selectFirst("main").text()).contains("Jannie Lubbersveld", "Dorpsstraat 1", "Denekamp");
        Element download = list.selectFirst("main a[href^=/mantelzorgwaardering/export]");
        assertThat(download.attr("href")).isEqualTo("/mantelzorgwaardering/export?jaar=" + today().getYear());
        ApiClient.Response csv = pages.get(download.attr("href"), workspace.adminToken());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("mantelzorgwaardering-" + workspace.slug() + "-"
                + today().getYear() + ".csv");
        assertThat(csv.body()).startsWith("\uFEFFJaar;Dorp;Naam;Postadres").contains("Jannie Lubbersveld",
                ";Dorpsstraat 1, 7591 AA Denekamp;");
        ApiClient.Response api = this.api.get(workspace.base() + "/carer-appreciations/export?year="
                + today().getYear(), workspace.adminToken());
        assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(api.body().getBytes(StandardCharsets.UTF_8));
        Document lastYear = Pages.html(ok(pages.get("/mantelzorgwaardering?jaar=" + (today().getYear() - 1),
                workspace.adminToken())));
        assertThat(lastYear.selectFirst("main").text()).contains("nog niemand aangemeld").doesNotContain("Jannie");
    }

    @Test
    void theRegisterIsTheSupportersAndTheAppreciationListTheAdministrators() {
        String carer = carer("Jannie Lubbersveld");

        assertThat(pages.get("/mantelzorg/" + carer, bert.token()).status()).isEqualTo(404);
        assertThat(pages.post("/mantelzorg/" + carer + "/waardering", bert.token(), "year=2026").status())
                .isEqualTo(404);
        assertThat(Pages.html(ok(pages.get("/mantelzorg", bert.token()))).body().text()).doesNotContain("J.L.");
        for (String path : List.of("/mantelzorg", "/mantelzorg/nieuw", "/mantelzorg/" + carer)) {
            assertThat(pages.get(path, workspace.adminToken()).status()).as(path).isEqualTo(403);
        }
        assertThat(pages.post("/mantelzorg/nieuw", workspace.adminToken(), "name=X").status()).isEqualTo(403);
        assertThat(pages.get("/mantelzorgwaardering", anna.token()).status()).isEqualTo(403);
        assertThat(pages.get("/mantelzorgwaardering/export", anna.token()).status()).isEqualTo(403);
        for (String role : List.of("sounding-board", "policy-officer", "wmo-consultant")) {
            String token = workspace.colleague(role, denekamp).token();
            assertThat(pages.get("/mantelzorg", token).status()).as(role).isEqualTo(403);
            assertThat(pages.get("/mantelzorgwaardering", token).status()).as(role).isEqualTo(403);
        }
        assertThat(workspace.count("carer")).isEqualTo(1);
    }

    private String carer(String name) {
        ApiClient.Response created = pages.post("/mantelzorg/nieuw", anna.token(), "name=" + name,
                "caresFor.relation=partner", "burden=moderate", "referredToCarerSupport=false", "startedOn=" + today());
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return created.header("Location").replaceAll("^/mantelzorg/([0-9a-f-]{36}).*$", "$1");
    }

    private String resident(String name) {
        ApiClient.Response created = api.post(workspace.base() + "/residents", anna.token(),
                "{\"village\": \"" + denekamp + "\", \"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return response;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
