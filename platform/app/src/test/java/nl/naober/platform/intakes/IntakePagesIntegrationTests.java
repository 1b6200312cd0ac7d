package nl.naober.platform.intakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.kernel.TenantId;
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

/**
 * The supporter's "Wmo-meldingen" pages (start from a contact, draft, submit with consent, discard),
 * the link on the contact's page, her start page's "Wmo-termijnen" and the admin's "Wmo-termijnen".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakePagesIntegrationTests {

    private static final String BSN = "111222333";
    private static final String MASKED = "******333";
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

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
        workspace = Workspace.create(api, jdbc, "meldingpagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void aSupporterWithAMandateStartsADraftFromHerContactFixesItsErrorsSavesAndSubmitsIt() {
        grant(anna, denekamp);
        String contact = contactWith(resident(denekamp));

        Document contactPage = Pages.html(ok(pages.get("/contacten/" + contact, anna.token())));
        assertThat(contactPage.select("main a:contains(Wmo-melding starten)").eachAttr("href"))
                .containsExactly("/wmo-meldingen/nieuw?contact=" + contact);

        Document form = Pages.html(ok(underGateway("/wmo-meldingen/nieuw?contact=" + contact, anna.token())));
        assertThat(form.select("h1")).singleElement().extracting(Element::text).isEqualTo("Wmo-melding starten");
        assertThat(form.selectFirst("form[action$=/wmo-meldingen/concept] input[name=_csrf]").val())
                .isEqualTo("gateway-token");
        assertThat(form.selectFirst("input[name=contactId]").val()).isEqualTo(contact);
        assertThat(form.selectFirst("label[for=bsn]").text()).isEqualTo("BSN");
        assertThat(form.select("fieldset:has(input[name=lifeDomains]) > legend").text()).isEqualTo("Levensgebieden");
        assertThat(form.select("label[for^=lifeDomains]").eachText()).contains("Huishouden", "Woningaanpassing",
                "Respijtzorg voor mantelzorgers");
        assertThat(form.select("label[for^=urgency]").eachText()).containsExactly("Normaal", "Op korte termijn", "Spoed");
        assertThat(nav(form)).contains("Wmo-meldingen");

        ApiClient.Response refused = pages.post("/wmo-meldingen/concept", anna.token(), "contactId=" + contact,
                "bsn=000000000", "givenNames=Johanna Maria", "surname=Jansen", "postalCode=7591",
                "request=Ik kom de trap niet meer op.", "lifeDomains=household", "lifeDomains=mobility",
                "urgency=soon", "personalPlanIntended=yes");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        Document again = Pages.html(refused);
        assertThat(again.title()).startsWith("Fout:");
        assertThat(again.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#bsn", "#postalCode");
        assertThat(again.getElementById("bsn-error").text()).contains("elfproef");
        assertThat(again.getElementById("postalCode-error").text()).contains("Vul een postcode in als 1234 AB.");
        assertThat(again.getElementById("postalCode").attr("aria-describedby")).contains("postalCode-error");
        assertThat(again.getElementById("postalCode").val()).isEqualTo("7591");
        assertThat(again.getElementById("givenNames").val()).isEqualTo("Johanna Maria");
        assertThat(again.getElementById("request").text()).isEqualTo("Ik kom de trap niet meer op.");
        assertThat(again.select("input[name=lifeDomains][checked]").eachAttr("value"))
                .containsExactly("household", "mobility");
        assertThat(again.select("input[name=urgency][checked]").eachAttr("value")).containsExactly("soon");
        assertThat(again.select("input[name=personalPlanIntended][checked]").eachAttr("value")).containsExactly("yes");
        assertThat(workspace.count("intake")).as("nothing saved").isZero();

        ApiClient.Response saved = pages.post("/wmo-meldingen/concept", anna.token(), "contactId=" + contact,
                "bsn=111 222 333", "givenNames=Johanna Maria", "surname=Jansen", "lifeDomains=household");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String location = saved.header("Location");
        assertThat(location).matches("/wmo-meldingen/[0-9a-f-]{36}\\?gelukt=opgeslagen");
        String id = location.substring("/wmo-meldingen/".length(), location.indexOf('?'));
        assertThat(workspace.count("intake")).isEqualTo(1);

        ApiClient.Response draftPage = ok(underGateway(location, anna.token()));
        Document draft = Pages.html(draftPage);
        assertThat(draft.selectFirst("[role=status]").text()).isEqualTo("Het concept is opgeslagen.");
        assertThat(draft.getElementById("bsn").val()).as("the BSN is not put back").isEmpty();
        assertThat(draft.getElementById("bsn-hint").text()).contains(MASKED).contains("leeg");
        assertThat(draft.getElementById("givenNames").val()).isEqualTo("Johanna Maria");
        assertThat(draftPage.body()).doesNotContain(BSN).doesNotContain("111 222 333");
        for (String action : List.of("/concept", "/indienen", "/verwijderen")) {
            assertThat(draft.selectFirst("form[action$=/wmo-meldingen/" + id + action + "] input[name=_csrf]").val())
                    .as(action).isEqualTo("gateway-token");
        }

        ApiClient.Response completed = pages.post("/wmo-meldingen/" + id + "/concept", anna.token(), "bsn=",
                "givenNames=Johanna Maria", "surnamePrefix=de", "surname=Jansen", "dateOfBirth=1941-05-03",
                "street=Brinkstraat", "houseNumber=12a", "postalCode=7591 ab", "city=Denekamp",
                "request=Ik kom de trap niet meer op.", "lifeDomains=household", "lifeDomains=housing-adaptation",
                "urgency=soon", "personalPlanIntended=yes", "conversationReport=Gesprek aan de keukentafel.");
        assertThat(completed.status()).as(completed.body()).isEqualTo(302);
        assertThat(Pages.html(ok(pages.get("/wmo-meldingen/" + id, anna.token()))).getElementById("bsn-hint").text())
                .as("kept when left empty").contains(MASKED);

        ApiClient.Response submitted = pages.post("/wmo-meldingen/" + id + "/indienen", anna.token(),
                "consent.what=naam, BSN, adres en de hulpvraag", "consent.recipient=gemeente",
                "consent.givenOn=" + today(), "consent.form=verbal");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        assertThat(submitted.header("Location")).isEqualTo("/wmo-meldingen/" + id + "?gelukt=ingediend");
        String reference = jdbc.sql("select reference from " + schema() + ".intake_delivery where intake_id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(reference).matches("NAOBER-WMO-" + today().getYear() + "-\\d{6}");

        ApiClient.Response shownPage = ok(pages.get(submitted.header("Location"), anna.token()));
        Document shown = Pages.html(shownPage);
        assertThat(shown.selectFirst("[role=status]").text()).isEqualTo("De melding is ingediend bij de gemeente.");
        assertThat(shown.select("h1").text()).isEqualTo("Wmo-melding " + reference);
        assertThat(shown.select("form")).as("read-only").noneMatch(f -> f.attr("action").contains(id));
        assertThat(shown.getElementById("deadlines").text()).contains(reference)
                .contains("Datum melding " + today().format(DUTCH))
                .contains("Persoonlijk plan uiterlijk (7 dagen) " + today().plusDays(7).format(DUTCH))
                .contains("Onderzoek uiterlijk (6 weken, art. 2.3.2 Wmo 2015) " + today().plusWeeks(6).format(DUTCH))
                .contains("Loopt zodra er een aanvraag is").contains("Wordt verstuurd naar de gemeente")
                .contains("B&W 2026/0412").doesNotContain("Over termijn");
        assertThat(shown.getElementById("resident").text()).contains("BSN " + MASKED)
                .contains("Johanna Maria de Jansen").contains("Brinkstraat 12a, 7591 AB Denekamp");
        assertThat(shown.text()).contains("Huishouden, Woningaanpassing").contains("Op korte termijn")
                .contains("naam, BSN, adres en de hulpvraag");
        assertThat(shownPage.body()).doesNotContain(BSN).doesNotContain("111 222 333");

        ApiClient.Response listPage = ok(pages.get("/wmo-meldingen", anna.token()));
        Element item = Pages.html(listPage).selectFirst("#intakes li");
        assertThat(item.text()).contains(reference).contains("Ingediend").contains(today().format(DUTCH))
                .contains("onderzoek uiterlijk " + today().plusWeeks(6).format(DUTCH))
                .contains("Wordt verstuurd naar de gemeente").doesNotContain("Jansen");
        assertThat(listPage.body()).doesNotContain(BSN);

        ApiClient.Response changed = pages.post("/wmo-meldingen/" + id + "/concept", anna.token(), "surname=Anders");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(Pages.html(changed).selectFirst("[role=alert]").text())
                .isEqualTo("Deze melding is al ingediend bij de gemeente en verandert niet meer.");
        ApiClient.Response thrownAway = pages.post("/wmo-meldingen/" + id + "/verwijderen", anna.token());
        assertThat(thrownAway.status()).isEqualTo(409);
        assertThat(Pages.html(thrownAway).text()).contains("al ingediend bij de gemeente");
        assertThat(workspace.count("intake")).isEqualTo(1);
        assertThat(workspace.count("intake_delivery")).isEqualTo(1);
    }

    @Test
    void anIncompleteDraftIsNotSubmittedAndEveryMissingFieldIsNamed() {
        grant(anna, denekamp);
        String id = draft(contactWith(resident(denekamp)));

        ApiClient.Response refused = pages.post("/wmo-meldingen/" + id + "/indienen", anna.token(),
                "consent.what=de melding", "consent.recipient=gemeente", "consent.givenOn=" + today());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#givenNames",
                "#dateOfBirth", "#street", "#houseNumber", "#postalCode", "#city", "#request", "#lifeDomains",
                "#urgency", "#personalPlanIntended", "#consent.form");
        assertThat(html.select("[role=alert]").text()).contains("Vul de geboortedatum van de inwoner in.")
                .contains("Vul de woonplaats in.").contains("Kies minstens één levensgebied.")
                .contains("Geef aan of de inwoner een persoonlijk plan wil indienen.");
        assertThat(html.getElementById("street-error").text()).contains("Vul de straat in.");
        assertThat(html.getElementById("consent.what").text()).as("consent kept").isEqualTo("de melding");
        assertThat(html.text()).contains("De melding is niet ingediend.");
        assertThat(workspace.count("intake_delivery")).as("nothing queued").isZero();
        assertThat(jdbc.sql("select status from " + schema() + ".intake").query(String.class).single())
                .isEqualToIgnoringCase("draft");
    }

    @Test
    void aDraftIsThrownAway() {
        grant(anna, denekamp);
        String id = draft(contactWith(resident(denekamp)));

        ApiClient.Response discarded = pages.post("/wmo-meldingen/" + id + "/verwijderen", anna.token());

        assertThat(discarded.status()).as(discarded.body()).isEqualTo(302);
        assertThat(discarded.header("Location")).isEqualTo("/wmo-meldingen?gelukt=verwijderd");
        assertThat(workspace.count("intake")).isZero();
        Document list = Pages.html(ok(pages.get(discarded.header("Location"), anna.token())));
        assertThat(list.selectFirst("[role=status]").text()).isEqualTo("Het concept is weggegooid.");
        assertThat(list.text()).contains("U hebt nog geen Wmo-meldingen.");
        assertThat(pages.get("/wmo-meldingen/" + id, anna.token()).status()).isEqualTo(404);
    }

    @Test
    void withoutAMandateTheFormPageExplainsInDutchAndTheContactOffersNoIntake() {
        String contact = contactWith(resident(denekamp));
        grant(anna, ootmarsum);

        ApiClient.Response page = ok(pages.get("/wmo-meldingen/nieuw?contact=" + contact, anna.token()));
        Document html = Pages.html(page);
        assertThat(html.selectFirst("[role=status]").text())
                .contains("U hebt geen geldig mandaat van de gemeente om in dit dorp een Wmo-melding op te nemen.");
        assertThat(html.select("form[action$=/wmo-meldingen/concept]")).isEmpty();
        assertThat(Pages.html(ok(pages.get("/contacten/" + contact, anna.token())))
                .select("main a:contains(Wmo-melding starten)")).isEmpty();

        ApiClient.Response posted = pages.post("/wmo-meldingen/concept", anna.token(), "contactId=" + contact,
                "surname=Jansen");
        assertThat(posted.status()).isEqualTo(403);
        assertThat(Pages.html(posted).text()).contains("geen geldig mandaat");
        assertThat(workspace.count("intake")).isZero();
    }

    @Test
    void anotherVillagesSupporterGetsTheNotFoundPageForTheIntakeAndForAContactNotHers() {
        grant(anna, denekamp);
        String contact = contactWith(resident(denekamp));
        String id = draft(contact);
        Workspace.Colleague bert = workspace.colleague("supporter", ootmarsum);
        grant(bert, ootmarsum);

        for (ApiClient.Response notHers : List.of(pages.get("/wmo-meldingen/" + id, bert.token()),
                pages.get("/wmo-meldingen/nieuw?contact=" + contact, bert.token()),
                pages.post("/wmo-meldingen/concept", bert.token(), "contactId=" + contact, "surname=X"),
                pages.post("/wmo-meldingen/" + id + "/concept", bert.token(), "surname=X"),
                pages.post("/wmo-meldingen/" + id + "/indienen", bert.token(), "consent.form=verbal"),
                pages.post("/wmo-meldingen/" + id + "/verwijderen", bert.token()))) {
            assertThat(notHers.status()).as(notHers.body()).isEqualTo(404);
            assertThat(Pages.html(notHers).select("h1").text()).isEqualTo("Niet gevonden");
            assertThat(notHers.body()).doesNotContain("Jansen").doesNotContain(MASKED);
        }
        assertThat(Pages.html(ok(pages.get("/wmo-meldingen", bert.token()))).select("#intakes li")).isEmpty();
        assertThat(pages.get("/wmo-meldingen/nieuw?contact=geen-id", anna.token()).status()).isEqualTo(404);
        assertThat(pages.get("/wmo-meldingen/nieuw", anna.token()).status()).isEqualTo(404);

        Workspace other = Workspace.create(api, jdbc, "meldingelders");
        Workspace.Colleague elsewhere = other.colleague("supporter", other.village("Elders"));
        assertThat(new Pages(api, other.slug()).get("/wmo-meldingen/" + id, elsewhere.token()).status())
                .isEqualTo(404);
        assertThat(workspace.count("intake")).isEqualTo(1);
        assertThat(api.get(workspace.base() + "/intakes/" + id, anna.token()).json().get("surname").asString())
                .as("unchanged").isEqualTo("Jansen");
    }

    @Test
    void theAdminSeesAnOverdueIntakeWithoutResidentDataAndTheSupportersStartPageListsIt() {
        grant(anna, denekamp);
        String resident = resident(denekamp);
        String id = submitted(contactWith(resident));
        String pseudonym = api.get(workspace.base() + "/intakes/" + id, anna.token()).json().get("resident")
                .get("pseudonym").asString();
        assertThat(Pages.html(ok(pages.get("/wmo-termijnen", workspace.adminToken()))).text())
                .as("six weeks ahead: not near yet").contains("Er zijn geen meldingen bij een termijn.");
        assertThat(Pages.html(ok(pages.get("/", anna.token()))).getElementById("intakes-start-heading")).isNull();

        LocalDate melding = today().minusWeeks(7);
        jdbc.sql("update " + schema() + ".intake set melding_date = ?, consent_given_on = ? where id = ?")
                .params(melding, melding, UUID.fromString(id)).update();
        String reference = jdbc.sql("select reference from " + schema() + ".intake").query(String.class).single();

        ApiClient.Response deadlines = ok(pages.get("/wmo-termijnen", workspace.adminToken()));
        Element row = Pages.html(deadlines).selectFirst("#deadlines li");
        assertThat(row.selectFirst("h2").text()).isEqualTo(reference);
        assertThat(row.text()).contains("Denekamp").contains(melding.format(DUTCH))
                .contains("onderzoek uiterlijk " + melding.plusWeeks(6).format(DUTCH)).contains("Over termijn");
        assertThat(deadlines.body()).doesNotContain("Jansen").doesNotContain("Johanna").doesNotContain(pseudonym)
                .doesNotContain("333").doesNotContain("Brinkstraat");
        assertThat(nav(Pages.html(deadlines))).contains("Wmo-termijnen").doesNotContain("Wmo-meldingen");

        Element section = Pages.html(ok(pages.get("/", anna.token()))).getElementById("intakes-start-heading")
                .parent();
        assertThat(section.text()).contains("Wmo-termijnen").contains(reference).contains("Over termijn")
                .contains("onderzoek uiterlijk " + melding.plusWeeks(6).format(DUTCH));
        assertThat(section.selectFirst("a").attr("href")).isEqualTo("/wmo-meldingen/" + id);
        assertThat(Pages.html(ok(pages.get("/wmo-meldingen/" + id, anna.token()))).getElementById("deadlines").text())
                .contains("Over termijn");

        assertThat(pages.get("/wmo-termijnen", anna.token()).status()).isEqualTo(403);
        assertThat(pages.get("/wmo-meldingen", workspace.adminToken()).status()).isEqualTo(403);
        assertThat(pages.get("/wmo-meldingen/" + id, workspace.adminToken()).status()).isEqualTo(403);
    }

    @Test
    void aFormPostWithoutTheSignedInUserIsRefusedAndSavesNothing() {
        // CSRF tokens are checked by the gateway for every state-changing request (its
        // WebSecurityIntegrationTests); the app refuses any post that does not come with the user's token
        grant(anna, denekamp);
        String contact = contactWith(resident(denekamp));
        String id = draft(contact);

        assertThat(pages.post("/wmo-meldingen/concept", null, "contactId=" + contact).status()).isEqualTo(401);
        assertThat(pages.post("/wmo-meldingen/" + id + "/verwijderen", null).status()).isEqualTo(401);
        assertThat(pages.post("/wmo-meldingen/" + id + "/indienen", null, "consent.form=verbal").status())
                .isEqualTo(401);
        assertThat(workspace.count("intake")).isEqualTo(1);
        assertThat(workspace.count("intake_delivery")).isZero();
    }

    private String draft(String contact) {
        ApiClient.Response saved = pages.post("/wmo-meldingen/concept", anna.token(), "contactId=" + contact,
                "bsn=" + BSN, "surname=Jansen");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String location = saved.header("Location");
        return location.substring("/wmo-meldingen/".length(), location.indexOf('?'));
    }

    private String submitted(String contact) {
        ApiClient.Response draft = api.post(workspace.base() + "/intakes", anna.token(), """
                {"contactId": "%s", "bsn": "%s", "givenNames": "Johanna", "surname": "Jansen", "dateOfBirth": "1941-05-03",
                 "street": "Brinkstraat", "houseNumber": "12", "postalCode": "7591AB", "city": "Denekamp",
                 "request": "Hulp in huis", "lifeDomains": ["household"], "urgency": "normal",
                 "personalPlanIntended": false}""".formatted(contact, BSN));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("id").asString();
        ApiClient.Response submitted = pages.post("/wmo-meldingen/" + id + "/indienen", anna.token(),
                "consent.what=de melding", "consent.recipient=gemeente", "consent.givenOn=" + today(),
                "consent.form=written");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        return id;
    }

    private void grant(Workspace.Colleague supporter, String village) {
        ApiClient.Response granted = api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn", "conversation-report"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s", "decisionReference": "B&W 2026/0412"}"""
                .formatted(supporter.memberId(), village, today().minusDays(1), today().plusYears(1)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    }

    private String resident(String village) {
        ApiClient.Response created = api.post(workspace.base() + "/residents", anna.token(),
                "{\"village\": \"" + village + "\", \"name\": \"Johanna Jansen\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contactWith(String resident) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", anna.token(), """
                {"channel": "phone", "themes": ["gezondheid"], "route": "wmo", "minutes": 30,
                 "function": "F16", "residentId": "%s"}""".formatted(resident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A page as the gateway relays it, with the session's CSRF token. */
    private ApiClient.Response underGateway(String path, String token) {
        return api.send("GET", path, token, null, null, "X-Naober-Tenant", workspace.slug(), "X-Naober-Csrf-Token",
                "gateway-token");
    }

    private static List<String> nav(Document html) {
        return html.select("nav a").eachText();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
