package nl.naober.platform.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages of "Activiteiten & initiatieven": each form, its refusals (422, nothing saved), and who reaches what. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityPagesIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "samenpagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        String ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void theSupporterRegistersAnActivityFromTheOverviewAndSeesItWithTheTotals() {
        Document overview = Pages.html(ok(pages.get("/activiteiten", anna.token())));
        assertThat(overview.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Activiteiten & initiatieven");
        assertThat(overview.select("h1")).hasSize(1);
        assertThat(overview.selectFirst("main").text()).contains("In het dorp Denekamp", "Nog geen initiatieven",
                "Nog geen verenigingen");

        Document form = Pages.html(ok(pages.get("/activiteiten/nieuw", anna.token())));
        assertThat(form.getElementById("heldOn").val()).isEqualTo(today().toString());
        assertThat(form.select("input[name=kind]").eachAttr("value")).contains("coffee-morning", "repair-cafe");
        assertThat(form.getElementById("initiative")).isNull();

        ApiClient.Response saved = pages.post("/activiteiten/nieuw", anna.token(), "kind=coffee-morning",
                "title=Koffieochtend in De Kolk", "heldOn=" + today(), "participants=18", "volunteers=3",
                "volunteerHours=9", "supporterMinutes=60", "initiative=", "association=", "note=Gezellig");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.header("Location")).isEqualTo("/activiteiten?gelukt=activiteit");
        Document after = Pages.html(ok(pages.get(saved.header("Location"), anna.token())));
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("De activiteit is opgeslagen.");
        assertThat(after.selectFirst("main").text()).contains("1 activiteiten sinds",
                "met samen 18 deelnemers, 9 uur van vrijwilligers en 60 minuten van u",
                "Koffieochtend: 18 deelnemers, 3 vrijwilligers");
        String link = after.selectFirst("main a[href^=/activiteiten/]:not([href$=nieuw])").attr("href");
        Document detail = Pages.html(ok(pages.get(link, anna.token())));
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Koffieochtend in De Kolk");
        assertThat(detail.selectFirst("main").text()).contains("Denekamp", "18", "Gezellig");
        assertThat(ok(pages.get("/activiteiten?gelukt=onbekend", anna.token())).body()).doesNotContain("role=\"status\"");
    }

    @Test
    void anInvalidActivityIsShownAgainWithA422TheMessagesAtTheFieldsAndTheValuesAndNothingIsSaved() {
        ApiClient.Response refused = pages.post("/activiteiten/nieuw", anna.token(), "title=",
                "heldOn=" + today().plusDays(3), "participants=veel", "volunteers=0", "volunteerHours=4",
                "supporterMinutes=2000", "initiative=" + java.util.UUID.randomUUID(), "note=");

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        List<String> fields = List.of("kind", "title", "heldOn", "participants", "volunteerHours", "supporterMinutes",
                "initiative");
        assertThat(html.select("[role=alert] a").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(fields.stream().map(f -> "#" + f).toList());
        for (String field : List.of("kind", "title", "heldOn", "participants", "volunteerHours", "supporterMinutes")) {
            assertThat(html.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(html.getElementById(field + "-error")).as(field).isNotNull();
        }
        assertThat(html.getElementById("participants-error").text())
                .isEqualTo("Fout: Vul een geheel getal in van 0 tot en met 10.000.");
        assertThat(html.getElementById("participants").val()).isEqualTo("veel");
        assertThat(html.getElementById("volunteerHours").val()).isEqualTo("4");
        assertThat(html.title()).startsWith("Fout:");
        assertThat(workspace.count("activity")).isZero();
    }

    @Test
    void anInitiativeIsRegisteredMovedOnAndSupportedWithADutchAmountThroughItsPages() {
        Document form = Pages.html(ok(pages.get("/initiatieven/nieuw", anna.token())));
        assertThat(form.select("input[name=theme]").eachAttr("value")).contains("", "eenzaamheid");
        assertThat(form.select("input[name=status][checked]").eachAttr("value")).containsExactly("idea");

        ApiClient.Response refused = pages.post("/initiatieven/nieuw", anna.token(), "name=", "description=Iets",
                "theme=", "status=idea", "statusOn=" + today().plusDays(1));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Pages.html(refused).select("[role=alert] a").eachAttr("href"))
                .containsExactlyInAnyOrder("#name", "#initiators", "#statusOn");
        assertThat(Pages.html(refused).getElementById("description").text()).isEqualTo("Iets");
        assertThat(workspace.count("initiative")).isZero();

        ApiClient.Response created = pages.post("/initiatieven/nieuw", anna.token(), "name=Jeu de boules-baan",
                "description=Een baan bij het dorpshuis", "initiators=residents", "theme=eenzaamheid", "status=idea",
                "statusOn=" + today());
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = created.header("Location").replace("?gelukt=initiatief", "");
        assertThat(page).matches("/initiatieven/[0-9a-f-]{36}");
        Document detail = Pages.html(ok(pages.get(created.header("Location"), anna.token())));
        assertThat(detail.selectFirst("[role=status]").text()).isEqualTo("Het initiatief is opgeslagen.");
        assertThat(detail.select("input[name=status]").eachAttr("value")).doesNotContain("idea");

        ApiClient.Response badSupport = pages.post(page + "/steun", anna.token(), "kind=funding-application",
                "givenOn=" + today(), "minutes=30", "requestedAmount=twee euro", "grantedAmount=", "note=");
        assertThat(badSupport.status()).isEqualTo(422);
        Document again = Pages.html(badSupport);
        assertThat(again.getElementById("requestedAmount-error").text()).contains("bedrag in euro");
        assertThat(again.getElementById("requestedAmount").val()).isEqualTo("twee euro");
        assertThat(again.getElementById("status").attr("aria-invalid")).isEmpty();
        assertThat(workspace.count("initiative_support")).isZero();

        assertThat(pages.post(page + "/steun", anna.token(), "kind=funding-application", "givenOn=" + today(),
                "minutes=30", "requestedAmount=€ 1.250,50", "grantedAmount=", "note=Dorpsfonds").status()).isEqualTo(302);
        assertThat(pages.post(page + "/status", anna.token(), "status=active", "on=" + today(), "reason=").status())
                .isEqualTo(302);
        ApiClient.Response sameStatus = pages.post(page + "/status", anna.token(), "status=active", "on=" + today(),
                "reason=");
        assertThat(sameStatus.status()).isEqualTo(422);
        assertThat(Pages.html(sameStatus).getElementById("status-error").text()).contains("heeft deze stand al");

        Document shown = Pages.html(ok(pages.get(page, anna.token())));
        assertThat(shown.selectFirst("main").text()).contains("Actief sinds", "Aangevraagd: € 1.250,50",
                "Subsidieaanvraag", "Dorpsfonds", "Een baan bij het dorpshuis");
        assertThat(shown.select("main ol li").eachText()).hasSize(2);
    }

    @Test
    void anAssociationGetsContactPersonsAndAContactLogThroughItsPagesAndRemovingAPersonDeletesHer() {
        ApiClient.Response refused = pages.post("/verenigingen/nieuw", anna.token(), "name=", "kind=schaakclub");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Pages.html(refused).select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#name",
                "#kind");
        assertThat(Pages.html(ok(pages.get("/verenigingen/nieuw", anna.token()))).getElementById("villages")).isNull();

        ApiClient.Response created = pages.post("/verenigingen/nieuw", anna.token(), "name=Dorpshuis De Kolk",
                "kind=village-hall");
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = created.header("Location").replace("?gelukt=vereniging", "");

        ApiClient.Response badPerson = pages.post(page + "/contactpersonen", anna.token(), "name=Henk Smit",
                "role=secretaris", "phone=bellen", "email=henk@");
        assertThat(badPerson.status()).isEqualTo(422);
        Document again = Pages.html(badPerson);
        assertThat(again.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#phone", "#email");
        assertThat(again.getElementById("name").val()).isEqualTo("Henk Smit");
        assertThat(again.getElementById("subject").attr("aria-invalid")).isEmpty();
        assertThat(workspace.count("association_contact_person")).isZero();

        assertThat(pages.post(page + "/contactpersonen", anna.token(), "name=Henk Smit", "role=secretaris",
                "phone=0541 123456", "email=henk@kolk.example").status()).isEqualTo(302);
        ApiClient.Response badContact = pages.post(page + "/contactmomenten", anna.token(), "date=" + today(),
                "subject=", "summary=", "followUpOn=");
        assertThat(badContact.status()).isEqualTo(422);
        assertThat(Pages.html(badContact).select("[role=alert] a").eachAttr("href"))
                .containsExactlyInAnyOrder("#channel", "#subject");
        assertThat(pages.post(page + "/contactmomenten", anna.token(), "date=" + today(), "channel=visit",
                "subject=Jaarplanning", "summary=Beweegochtend op dinsdag", "followUpOn=" + today().plusDays(7))
                .status()).isEqualTo(302);

        Document shown = Pages.html(ok(pages.get(page + "?gelukt=contactmoment", anna.token())));
        assertThat(shown.selectFirst("main").text()).contains("Henk Smit, secretaris", "Bellen: 0541 123456",
                "Jaarplanning", "Beweegochtend op dinsdag", "Opvolgen op", "is vastgelegd");
        String remove = shown.selectFirst("form[action*=verwijderen]").attr("action");
        ApiClient.Response removed = pages.post(remove, anna.token());
        assertThat(removed.status()).isEqualTo(302);
        assertThat(workspace.count("association_contact_person")).isZero();
        assertThat(Pages.html(ok(pages.get(page, anna.token()))).selectFirst("main").text()).doesNotContain("Henk");
        Document overview = Pages.html(ok(pages.get("/activiteiten", anna.token())));
        assertThat(overview.selectFirst("main").text()).contains("Dorpshuis De Kolk", "Dorpshuis, laatste contact");
    }

    @Test
    void anotherVillagesRecordsAreNotFoundPagesAndOtherRolesAreRefused() {
        String initiative = api.post(workspace.base() + "/initiatives", anna.token(),
                "{\"name\": \"Buurtbus\", \"initiators\": \"residents\"}").json().get("id").asString();
        String association = api.post(workspace.base() + "/associations", anna.token(),
                "{\"name\": \"Harmonie\", \"kind\": \"culture\"}").json().get("id").asString();
        String activity = api.post(workspace.base() + "/activities", anna.token(), """
                {"kind": "walk", "title": "Ommetje", "heldOn": "%s", "participants": 8}""".formatted(today()))
                .json().get("id").asString();
        List<String> detailPages = List.of("/initiatieven/" + initiative, "/verenigingen/" + association,
                "/activiteiten/" + activity, "/initiatieven/geen-id");
        for (String path : detailPages) {
            ApiClient.Response response = pages.get(path, bert.token());
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(Pages.html(response).selectFirst("h1").text()).isEqualTo("Niet gevonden");
            assertThat(response.body()).doesNotContain("Buurtbus", "Harmonie", "Ommetje");
        }
        assertThat(pages.post("/initiatieven/" + initiative + "/steun", bert.token(), "kind=advice", "minutes=5")
                .status()).isEqualTo(404);
        assertThat(pages.post("/verenigingen/" + association + "/contactpersonen", bert.token(), "name=X").status())
                .isEqualTo(404);
        assertThat(Pages.html(ok(pages.get("/activiteiten", bert.token()))).selectFirst("main").text())
                .doesNotContain("Buurtbus", "Harmonie", "Ommetje");
        for (String role : List.of("municipal-admin", "policy-officer", "sounding-board", "wmo-consultant")) {
            String token = role.equals("sounding-board") ? workspace.colleague(role, denekamp).token()
                    : workspace.colleague(role).token();
            for (String path : List.of("/activiteiten", "/activiteiten/nieuw", "/initiatieven/nieuw",
                    "/verenigingen/nieuw", "/initiatieven/" + initiative, "/verenigingen/" + association)) {
                assertThat(pages.get(path, token).status()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(pages.post("/activiteiten/nieuw", token, "title=x").status()).as(role).isEqualTo(403);
            assertThat(Pages.html(ok(pages.get("/", token))).select("nav a").eachText())
                    .doesNotContain("Activiteiten & initiatieven");
        }
        assertThat(jdbc.sql("select count(*) from " + TenantId.of(workspace.slug()).schema() + ".activity")
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
