package nl.naober.platform.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

/** The signal pages: raising one from a suggestion, refused input, responses, and who sees what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalPagesIntegrationTests {

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
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "signaalpagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void theSupporterRaisesASignalFromASuggestionWithTheContactsItIsBuiltOn() {
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            contacts.add(contact(anna, "eenzaamheid", today().minusDays(i), i == 0 ? "Geesje Smit" : null));
        }

        Document list = Pages.html(ok(pages.get("/signalen", anna.token())));
        assertThat(list.select("h1")).singleElement().extracting(Element::text).isEqualTo("Signalen");
        assertThat(list.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Signalen");
        Element draft = list.selectFirst("main a[href=/signalen/nieuw?thema=eenzaamheid]");
        assertThat(draft.text()).isEqualTo("Signaal opstellen over Eenzaamheid");
        assertThat(list.selectFirst("main").text()).contains("5 contacten in Denekamp", "Er zijn geen lopende signalen.");

        Document form = Pages.html(ok(pages.get("/signalen/nieuw?thema=eenzaamheid", anna.token())));
        assertThat(form.select("input[name=theme][checked]").eachAttr("value")).containsExactly("eenzaamheid");
        assertThat(form.select("input[name=addressee][checked]").eachAttr("value")).containsExactly("municipality");
        assertThat(form.select("input[name=contacts]").eachAttr("value")).containsExactlyElementsOf(contacts);
        // a contact is told apart by date, themes and pseudonym: never by name
        assertThat(form.selectFirst("label[for=contacts]").text()).contains("Eenzaamheid").containsPattern("INW-\\w{6}");
        assertThat(form.selectFirst("label[for=contacts-1]").text()).endsWith("anoniem");
        assertThat(form.body().text()).doesNotContain("Geesje");
        assertThat(form.getElementById("description").attr("aria-describedby")).isEqualTo("description-hint");
        assertThat(form.getElementById("description-hint").text()).contains("Noem geen namen");

        ApiClient.Response raised = pages.post("/signalen/nieuw", anna.token(), "theme=eenzaamheid",
                "title=Ouderen voelen zich alleen", "description=Na het sluiten van de bieb komen ouderen minder buiten.",
                "estimatedResidents= 40 ", "addressee=municipality", "addresseeName=",
                "contacts=" + contacts.get(0), "contacts=" + contacts.get(1));

        assertThat(raised.status()).as(raised.body()).isEqualTo(302);
        assertThat(raised.header("Location")).matches("/signalen/[0-9a-f-]{36}\\?opgeslagen");
        assertThat(workspace.count("collective_signal")).isEqualTo(1);
        assertThat(workspace.count("collective_signal_contact")).isEqualTo(2);
        Document detail = Pages.html(ok(pages.get(raised.header("Location"), anna.token())));
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Ouderen voelen zich alleen");
        assertThat(detail.selectFirst("[role=status]").text()).isEqualTo("Opgeslagen.");
        assertThat(detail.selectFirst("main").text()).contains("Denekamp", "Eenzaamheid", "Wacht op reactie", "40",
                "De gemeente", "2 contacten", "Nog geen reactie");
        assertThat(detail.select("form[action$=/sluiten]")).hasSize(1);
        assertThat(detail.select("form[action$=/reactie]")).isEmpty();
        // the theme has an open signal now: no more suggestion for it
        assertThat(Pages.html(pages.get("/signalen", anna.token())).select("main a[href^=/signalen/nieuw?thema]"))
                .isEmpty();
    }

    @Test
    void invalidInputIsShownAgainWithA422TheMessagesAtTheFieldsAndTheValuesAndNothingIsSaved() {
        contact(anna, "wonen", today(), null);
        String contactOfBert = contact(bert, "wonen", today(), null);

        ApiClient.Response refused = pages.post("/signalen/nieuw", anna.token(), "theme=", "title=",
                "description=Jonge gezinnen vertrekken", "estimatedResidents=veel", "addressee=other",
                "addresseeName=", "contacts=" + contactOfBert);

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.title()).startsWith("Fout:");
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#theme", "#title",
                "#estimatedResidents", "#addresseeName", "#contacts");
        for (String field : List.of("theme", "title", "estimatedResidents", "addresseeName", "contacts")) {
            assertThat(html.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(html.getElementById(field + "-error")).as(field).isNotNull();
        }
        assertThat(html.getElementById("estimatedResidents-error").text())
                .isEqualTo("Fout: Vul een geheel getal in van 1 tot en met 100.000.");
        assertThat(html.getElementById("theme-error").text()).contains("Kies het thema");
        assertThat(html.getElementById("contacts-error").text()).contains("Koppel alleen contacten uit het dorp");
        assertThat(html.getElementById("estimatedResidents").val()).isEqualTo("veel");
        assertThat(html.getElementById("description").text()).isEqualTo("Jonge gezinnen vertrekken");
        assertThat(html.select("input[name=addressee][checked]").eachAttr("value")).containsExactly("other");
        assertThat(workspace.count("collective_signal")).isZero();
        assertThat(workspace.count("collective_signal_contact")).isZero();
    }

    @Test
    void theAdministratorAndTheSoundingBoardRespondAndNeverSeeAResident() {
        String marker = "Uniek" + System.nanoTime();
        String first = contact(anna, "wonen", today(), "Zwaantje " + marker);
        String second = contact(anna, "wonen", today(), "Harm " + marker);
        String signal = raise(first, second);
        Workspace.Colleague klaas = workspace.colleague("sounding-board", denekamp);
        Workspace.Colleague wim = workspace.colleague("sounding-board", ootmarsum);
        Workspace.Colleague policy = workspace.colleague("policy-officer");
        Workspace.Colleague wmo = workspace.colleague("wmo-consultant");
        List<String> bodies = new ArrayList<>();

        for (String token : List.of(workspace.adminToken(), klaas.token(), policy.token())) {
            ApiClient.Response list = ok(pages.get("/signalen", token));
            ApiClient.Response shown = ok(pages.get("/signalen/" + signal, token));
            assertThat(Pages.html(list).selectFirst("nav a[aria-current=page]").text()).isEqualTo("Signalen");
            assertThat(Pages.html(list).select("main a[href=/signalen/" + signal + "]")).hasSize(1);
            assertThat(Pages.html(list).select("main a[href=/signalen/nieuw]")).isEmpty();
            assertThat(Pages.html(shown).selectFirst("main").text()).contains("2 contacten");
            bodies.add(list.body());
            bodies.add(shown.body());
        }
        assertThat(Pages.html(pages.get("/signalen/" + signal, policy.token())).select("main form")).isEmpty();

        ApiClient.Response empty = pages.post("/signalen/" + signal + "/reactie", klaas.token(), "text= ", "name=");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(Pages.html(empty).getElementById("text-error").text()).isEqualTo("Fout: Vul uw reactie in.");
        bodies.add(empty.body());
        ApiClient.Response fromBoard = pages.post("/signalen/" + signal + "/reactie", klaas.token(),
                "text=We bespreken dit in de klankbordgroep van mei.", "name=Klankbordgroep Denekamp");
        assertThat(fromBoard.status()).as(fromBoard.body()).isEqualTo(302);
        assertThat(fromBoard.header("Location")).isEqualTo("/signalen/" + signal + "?opgeslagen");
        assertThat(pages.post("/signalen/" + signal + "/reactie", workspace.adminToken(),
                "text=De gemeente neemt dit mee in de woonvisie.").status()).isEqualTo(302);
        bodies.add(pages.get("/signalen/" + signal, workspace.adminToken()).body());

        Document hers = Pages.html(ok(pages.get("/signalen/" + signal, anna.token())));
        assertThat(hers.select("main .naober-response").eachText()).satisfiesExactly(
                board -> assertThat(board).contains("Klankbordgroep Denekamp (klankbordgroeplid)", "klankbordgroep van mei"),
                admin -> assertThat(admin).contains("gemeentelijk beheerder", "woonvisie"));
        assertThat(Pages.html(pages.get("/signalen", anna.token())).selectFirst("main").text())
                .contains("Beantwoord", "2 reacties");
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain(marker, "Zwaantje", "Harm", "INW-",
                first, second));

        // the sounding board of another village, the policy officer and the WMO consultant may not
        assertThat(pages.get("/signalen/" + signal, wim.token()).status()).isEqualTo(404);
        assertThat(pages.post("/signalen/" + signal + "/reactie", wim.token(), "text=Ook hier").status()).isEqualTo(404);
        assertThat(pages.post("/signalen/" + signal + "/reactie", policy.token(), "text=Mag ik?").status())
                .isEqualTo(403);
        assertThat(pages.get("/signalen", wmo.token()).status()).isEqualTo(403);
        assertThat(pages.get("/signalen/nieuw", workspace.adminToken()).status()).isEqualTo(403);
        assertThat(pages.post("/signalen/nieuw", klaas.token(), "title=Hallo").status()).isEqualTo(403);
        assertThat(workspace.count("collective_signal_response")).isEqualTo(2);
    }

    @Test
    void theSupporterClosesHerSignalAndThenNobodyCanRespond() {
        String signal = raise();
        assertThat(pages.get("/signalen/" + signal, bert.token()).status()).isEqualTo(404);
        assertThat(pages.post("/signalen/" + signal + "/sluiten", bert.token(), "note=").status()).isEqualTo(404);
        assertThat(pages.post("/signalen/" + signal + "/sluiten", workspace.adminToken(), "note=").status())
                .isEqualTo(403);

        ApiClient.Response closed = pages.post("/signalen/" + signal + "/sluiten", anna.token(),
                "note=De gemeente houdt een spreekuur in het dorpshuis.");

        assertThat(closed.status()).isEqualTo(302);
        Document detail = Pages.html(pages.get("/signalen/" + signal, anna.token()));
        assertThat(detail.selectFirst("main").text()).contains("Gesloten op", "spreekuur in het dorpshuis");
        assertThat(detail.select("main form")).isEmpty();
        ApiClient.Response late = pages.post("/signalen/" + signal + "/reactie", workspace.adminToken(), "text=Te laat");
        assertThat(late.status()).isEqualTo(422);
        assertThat(Pages.html(late).getElementById("text-error").text()).contains("Dit signaal is gesloten");
        assertThat(Pages.html(late).getElementById("text").text()).isEqualTo("Te laat");
        assertThat(workspace.count("collective_signal_response")).isZero();
    }

    private String raise(String... contacts) {
        List<String> fields = new ArrayList<>(List.of("theme=wonen", "title=Te weinig huurwoningen",
                "description=Jonge gezinnen vertrekken uit het dorp.", "estimatedResidents=30", "addressee=municipality"));
        for (String contact : contacts) {
            fields.add("contacts=" + contact);
        }
        ApiClient.Response raised = pages.post("/signalen/nieuw", anna.token(), fields.toArray(String[]::new));
        assertThat(raised.status()).as(raised.body()).isEqualTo(302);
        return raised.header("Location").replaceAll("^/signalen/([0-9a-f-]{36}).*$", "$1");
    }

    private String contact(Workspace.Colleague supporter, String theme, LocalDate date, String residentName) {
        String resident = residentName == null ? "" : ", \"resident\": {\"name\": \"" + residentName + "\"}";
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "phone", "themes": ["%s"], "route": "own-network", "minutes": 10,
                 "function": "F7"%s}""".formatted(date, theme, resident));
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
