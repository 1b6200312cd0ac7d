package nl.naober.platform.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.testing.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supporter's pages for contacts, residents and follow-ups, called as the gateway calls them
 * (token, {@code X-Naober-Tenant}, form posts): each form refuses bad input with 422, the message at
 * the field and the values kept, and saves nothing; a good one saves and redirects; lists show
 * pseudonyms, never names; other villages are 404 and other roles 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactPagesIntegrationTests {

    private static final String FORM = "application/x-www-form-urlencoded";

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
        workspace = Workspace.create(api, jdbc, "paginas");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void theNewContactFormFillsItselfAndHasALabelForEveryField() {
        apiContact(anna, "phone", "F5", null, null);
        apiContact(anna, "home-visit", "F5", null, null);
        apiContact(anna, "phone", "F3", null, null);

        ApiClient.Response page = get("/contacten/nieuw", anna);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1")).singleElement().extracting(Element::text).isEqualTo("Nieuw contact");
        assertThat(html.getElementById("date").val()).isEqualTo(today().toString());
        // her last channel, the function she used most, nobody in particular
        assertThat(checked(html, "channel")).containsExactly("phone");
        assertThat(checked(html, "function")).containsExactly("F5");
        assertThat(checked(html, "residentMode")).containsExactly("anonymous");
        assertThat(html.select("input[name=themes]").eachAttr("value")).contains("eenzaamheid", "wonen");
        assertThat(html.select("input[name=route]").eachAttr("value")).containsExactly("solved-directly",
                "own-network", "volunteer", "association", "professional", "wmo");
        assertThat(html.select("input[name=minutes]").eachAttr("value")).containsExactly("5", "15", "30", "60", "other");
        assertThat(html.getElementById("summary-hint").text()).contains("geen gegevens die u niet nodig hebt");
        for (Element input : html.select("main input:not([type=hidden]), main textarea, main select")) {
            assertThat(html.select("label[for=\"" + input.id() + "\"]")).as(input.outerHtml()).hasSize(1);
        }
        assertThat(html.select("[aria-invalid], [role=alert]")).isEmpty();
        // one tap from every page, and the supporter's menu
        assertThat(html.select("header a.naober-primary-action").eachText()).containsExactly("Nieuw contact");
        assertThat(html.select("nav a").eachText()).containsExactly("Start", "Contacten", "Contactverzoeken",
                "Inwoners", "Doorverwijzingen", "Signalen", "Sociale kaart", "Vrijwilligers", "Activiteiten & initiatieven",
                "Mantelzorg", "Wmo-meldingen", "Mijn dorp(en)", "Mijn ontwikkeling", "Mijn profiel");
        assertThat(html.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Contacten");
        // the resident search works without JavaScript: a GET form of its own
        Element search = html.getElementById("resident-search");
        assertThat(search.attr("method")).isEqualTo("get");
        assertThat(html.getElementById("q").attr("form")).isEqualTo("resident-search");
    }

    @Test
    void anInvalidContactIsShownAgainWith422MessagesAtTheFieldsAndTheValuesAndNothingIsSaved() {
        ApiClient.Response page = post("/contacten/nieuw", anna, "residentMode=new", "resident.name=",
                "resident.phone=bel me", "date=" + today().plusDays(2), "channel=home-visit", "minutes=other",
                "minutesOther=veel", "function=F3", "summary=Mevrouw wil graag mee naar de koffieochtend",
                "followUpOn=morgen");

        assertThat(page.status()).as(page.body()).isEqualTo(422);
        Document html = Jsoup.parse(page.body());
        Element summary = html.selectFirst(".naober-error-summary");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").eachAttr("href")).contains("#resident.name", "#resident.phone", "#date",
                "#themes", "#route", "#minutesOther", "#followUpOn");
        assertField(html, "resident.name", "Vul de naam in.");
        assertField(html, "resident.phone", null);
        assertField(html, "minutesOther", "heel getal");
        assertField(html, "date", "niet in de toekomst");
        assertThat(html.getElementById("themes-error").text()).contains("Kies ten minste één thema");
        assertThat(html.getElementById("route-error").text()).contains("Kies de route");
        // what she typed is still there
        assertThat(html.getElementById("resident.phone").val()).isEqualTo("bel me");
        assertThat(html.getElementById("minutesOther").val()).isEqualTo("veel");
        assertThat(html.getElementById("summary").text()).isEqualTo("Mevrouw wil graag mee naar de koffieochtend");
        assertThat(checked(html, "channel")).containsExactly("home-visit");
        assertThat(checked(html, "minutes")).containsExactly("other");
        assertThat(checked(html, "residentMode")).containsExactly("new");
        assertThat(workspace.count("contact")).isZero();
        assertThat(workspace.count("resident")).isZero();
    }

    @Test
    void aValidContactWithANewResidentIsSavedAndListedByPseudonymOnly() {
        ApiClient.Response saved = post("/contacten/nieuw", anna, "residentMode=new", "resident.name=Gerda Lansink",
                "resident.phone=06 1234 5678", "date=" + today(), "channel=home-visit", "themes=eenzaamheid",
                "themes=mobiliteit", "noticedSignals=loneliness", "route=volunteer", "minutes=30", "function=F3",
                "summary=Mist haar man.", "followUpOn=" + today().plusDays(7));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.header("Location")).isEqualTo("/contacten?gelukt=contact");
        assertThat(workspace.count("contact")).isEqualTo(1);
        assertThat(workspace.count("resident")).isEqualTo(1);

        Document list = Jsoup.parse(get("/contacten?gelukt=contact", anna).body());
        assertThat(list.selectFirst("[role=status]").text()).isEqualTo("Het contact is opgeslagen.");
        Element item = list.selectFirst(".naober-record");
        assertThat(item.text()).contains("Eenzaamheid", "Huisbezoek", "Vrijwilliger", "30 minuten", "G.L.", "INW-")
                .doesNotContain("Gerda", "Lansink", "Mist haar man");
        assertThat(list.body().text()).doesNotContain("Gerda", "Lansink");

        String detailPath = item.selectFirst("a").attr("href");
        Document detail = Jsoup.parse(get(detailPath, anna).body());
        assertThat(detail.selectFirst("main").text()).contains("Mist haar man.", "Eenzaamheid",
                "Het openen van deze pagina wordt vastgelegd.", "F3 – gedraagt zich");
    }

    @Test
    void aKnownResidentIsFoundByNameShownByPseudonymAndChosen() {
        String gerda = residentByApi(anna, "Gerda Lansink");
        residentByApi(bert, "Gerda Oude Geerdink");

        Document found = Jsoup.parse(get("/contacten/nieuw?q=gerda", anna).body());

        assertThat(checked(found, "residentMode")).containsExactly("existing");
        assertThat(found.select("input[name=residentId]").eachAttr("value")).containsExactly(gerda);
        assertThat(found.selectFirst("#resident-results").text()).contains("1 inwoner gevonden", "(G.L.)")
                .doesNotContain("Gerda", "Lansink");

        // without choosing one: a message at the search, nothing saved
        ApiClient.Response refused = post("/contacten/nieuw", anna, "residentMode=existing", "channel=phone",
                "themes=wonen", "route=own-network", "minutes=15", "function=F1");
        assertThat(refused.status()).isEqualTo(422);
        assertField(Jsoup.parse(refused.body()), "q", "Zoek de inwoner op naam");
        int before = workspace.count("contact");

        ApiClient.Response saved = post("/contacten/nieuw", anna, "residentMode=existing", "residentId=" + gerda,
                "channel=phone", "themes=wonen", "route=own-network", "minutes=15", "function=F1");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(workspace.count("contact")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from " + schema() + ".contact where resident_id = ?::uuid").param(gerda)
                .query(Integer.class).single()).isEqualTo(2);

        // from the resident's page the form starts with her chosen
        Document fromResident = Jsoup.parse(get("/contacten/nieuw?inwoner=" + gerda, anna).body());
        assertThat(checked(fromResident, "residentId")).containsExactly(gerda);
    }

    @Test
    void theFollowUpIsMarkedDoneFromTheContactPage() {
        String contact = apiContact(anna, "phone", "F3", today().minusDays(3), today().minusDays(1));

        Document detail = Jsoup.parse(get("/contacten/" + contact, anna).body());
        assertThat(detail.selectFirst(".naober-follow-up").text()).contains("Te laat");
        Element form = detail.selectFirst(".naober-follow-up form");
        ApiClient.Response done = post(form.attr("action"), anna);

        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).isEqualTo("/contacten/" + contact + "?gelukt=follow-up");
        assertThat(jdbc.sql("select follow_up_done_at is not null from " + schema() + ".contact where id = ?::uuid")
                .param(contact).query(Boolean.class).single()).isTrue();
        Document after = Jsoup.parse(get(done.header("Location"), anna).body());
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("De opvolging is afgerond.");
        assertThat(after.select(".naober-follow-up form")).isEmpty();
    }

    @Test
    void theStartPageShowsHerOpenFollowUpsOverdueFirstAndMarkedInWords() {
        String later = apiContact(anna, "phone", "F3", today().minusDays(3), today().plusDays(5));
        String overdue = apiContact(anna, "phone", "F3", today().minusDays(10), today().minusDays(2));
        String dueToday = apiContact(anna, "phone", "F3", today().minusDays(1), today());
        apiContact(bert, "phone", "F3", today().minusDays(10), today().minusDays(5));

        Document home = Jsoup.parse(get("/", anna).body());

        assertThat(home.select("main h2").eachText()).contains("Vandaag");
        List<Element> items = home.select(".naober-today .naober-record");
        assertThat(items).extracting(i -> i.selectFirst("a").attr("href"))
                .containsExactly("/contacten/" + overdue, "/contacten/" + dueToday, "/contacten/" + later);
        assertThat(items.get(0).text()).contains("Te laat");
        assertThat(items.get(1).text()).contains("Vandaag").doesNotContain("Te laat");
        assertThat(items.get(2).text()).doesNotContain("Te laat", "Vandaag");

        // other roles have no "Vandaag" of contacts
        Document admin = Jsoup.parse(api.sendWithHeaders("GET", "/", workspace.adminToken(), "X-Naober-Tenant",
                workspace.slug()).body());
        assertThat(admin.select(".naober-today")).isEmpty();
    }

    @Test
    void residentsAreListedByPseudonymAndSearchedByName() {
        residentByApi(anna, "Gerda Lansink");
        residentByApi(anna, "Hendrik Nijhuis");
        residentByApi(bert, "Gerda van Ootmarsum");

        Document all = Jsoup.parse(get("/inwoners", anna).body());
        assertThat(all.select(".naober-record")).hasSize(2);
        assertThat(all.select("main").text()).contains("(G.L.)", "(H.N.)").doesNotContain("Gerda", "Hendrik",
                "Lansink", "Nijhuis");

        Document searched = Jsoup.parse(get("/inwoners?q=" + encode("gerda"), anna).body());
        assertThat(searched.select(".naober-record")).singleElement().extracting(Element::text).asString()
                .contains("(G.L.)");
        assertThat(searched.getElementById("q").val()).isEqualTo("gerda");
        assertThat(searched.selectFirst("[role=status]").text()).isEqualTo("1 inwoner gevonden.");
    }

    @Test
    void aResidentOpenedShowsHerDataContactsAndNetworkAndSaysThatOpeningIsRecorded() {
        String gerda = residentByApi(anna, "Gerda Lansink");

        ApiClient.Response page = get("/inwoners/" + gerda, anna);

        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.title()).doesNotContain("Gerda");
        assertThat(html.selectFirst("h1").text()).startsWith("Inwoner INW-").endsWith("(G.L.)");
        assertThat(html.selectFirst("main").text()).contains("Het openen van deze pagina wordt vastgelegd.",
                "Gerda Lansink", "0541 987654");
        assertThat(html.select("#contacts-heading + ul .naober-record")).hasSize(1);
        assertThat(html.select("a[href=/inwoners/" + gerda + "/wijzigen]")).hasSize(1);
        // from her page on: refer her (with consent), register her as a carer, her data for an AVG request
        assertThat(html.select("a[href=/inwoners/" + gerda + "/doorverwijzen]")).hasSize(1);
        assertThat(html.select("a[href=/mantelzorg/nieuw?inwoner=" + gerda + "]")).hasSize(1);
        assertThat(html.select("a[href=/api/v1/municipalities/" + workspace.slug() + "/residents/" + gerda
                + "/data-export?format=pdf]")).hasSize(1);
        assertThat(html.select("a[href=/contacten/nieuw?inwoner=" + gerda + "]")).hasSize(1);
    }

    @Test
    void theCareNetworkIsAddedToWith422ForBadInputAndRemovedFrom() {
        String gerda = residentByApi(anna, "Gerda Lansink");

        ApiClient.Response refused = post("/inwoners/" + gerda + "/netwerk", anna, "relation=", "name=",
                "contact=06 99", "note=Doet de boodschappen");
        assertThat(refused.status()).isEqualTo(422);
        Document html = Jsoup.parse(refused.body());
        assertThat(html.getElementById("relation-error").text()).contains("Kies wie deze persoon is");
        assertField(html, "name", "Vul de naam in.");
        assertThat(html.getElementById("contact").val()).isEqualTo("06 99");
        assertThat(html.getElementById("note").text()).isEqualTo("Doet de boodschappen");
        assertThat(workspace.count("care_network_member")).isZero();

        ApiClient.Response added = post("/inwoners/" + gerda + "/netwerk", anna, "relation=neighbour",
                "name=Jan Buurman", "contact=06 99", "note=");
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location")).isEqualTo("/inwoners/" + gerda + "?gelukt=network-added");
        assertThat(workspace.count("care_network_member")).isEqualTo(1);

        Document withMember = Jsoup.parse(get("/inwoners/" + gerda, anna).body());
        assertThat(withMember.selectFirst("#netwerk .naober-record").text()).contains("Jan Buurman",
                "Buurman of buurvrouw");
        String remove = withMember.selectFirst("#netwerk .naober-record form").attr("action");
        assertThat(post(remove, anna).status()).isEqualTo(302);
        assertThat(workspace.count("care_network_member")).isZero();
    }

    @Test
    void aNewResidentIsRefusedWith422AndSavedWhenValid() {
        ApiClient.Response refused = post("/inwoners/nieuw", anna, "name=", "phone=", "email=geen-adres",
                "address=Molenstraat 3");

        assertThat(refused.status()).isEqualTo(422);
        Document html = Jsoup.parse(refused.body());
        assertField(html, "name", "Vul de naam in.");
        assertField(html, "email", null);
        assertThat(html.getElementById("address").val()).isEqualTo("Molenstraat 3");
        assertThat(workspace.count("resident")).isZero();

        ApiClient.Response saved = post("/inwoners/nieuw", anna, "name=Truus Kamphuis", "phone=", "email=",
                "address=");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).matches("/inwoners/[0-9a-f-]{36}\\?gelukt=resident");
        assertThat(jdbc.sql("select village_id::text from " + schema() + ".resident").query(String.class).single())
                .isEqualTo(denekamp);
        Document opened = Jsoup.parse(get(saved.header("Location"), anna).body());
        assertThat(opened.selectFirst("[role=status]").text()).isEqualTo("De inwoner is opgeslagen.");
        assertThat(opened.selectFirst("main").text()).contains("Truus Kamphuis");
    }

    @Test
    void aResidentsDataIsChangedOrRefusedWith422() {
        String gerda = residentByApi(anna, "Gerda Lansink");

        Document form = Jsoup.parse(get("/inwoners/" + gerda + "/wijzigen", anna).body());
        assertThat(form.getElementById("name").val()).isEqualTo("Gerda Lansink");
        assertThat(form.getElementById("phone").val()).isEqualTo("0541 987654");

        ApiClient.Response refused = post("/inwoners/" + gerda + "/wijzigen", anna, "name=Gerda Lansink",
                "phone=bel me", "email=", "address=");
        assertThat(refused.status()).isEqualTo(422);
        assertField(Jsoup.parse(refused.body()), "phone", null);
        assertThat(Jsoup.parse(refused.body()).getElementById("phone").val()).isEqualTo("bel me");
        assertThat(residentPhone(gerda)).isEqualTo("0541 987654");

        ApiClient.Response changed = post("/inwoners/" + gerda + "/wijzigen", anna, "name=Gerda Lansink-Oude Hengel",
                "phone=", "email=gerda@example.nl", "address=");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.header("Location")).isEqualTo("/inwoners/" + gerda + "?gelukt=changed");
        assertThat(residentPhone(gerda)).isNull();
        assertThat(Jsoup.parse(get(changed.header("Location"), anna).body()).selectFirst("main").text())
                .contains("Gerda Lansink-Oude Hengel", "gerda@example.nl");
    }

    @Test
    void anotherVillagesResidentOrContactIsNotFoundAndNothingOfItIsShown() {
        String bertsResident = residentByApi(bert, "Hendrik Oude Geerdink");
        String bertsContact = api.get(workspace.base() + "/contacts", bert.token()).json().get(0).get("id").asString();

        for (String path : List.of("/inwoners/" + bertsResident, "/inwoners/" + bertsResident + "/wijzigen",
                "/contacten/" + bertsContact, "/contacten/nieuw?inwoner=" + bertsResident, "/inwoners/kapot")) {
            ApiClient.Response page = get(path, anna);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).as(path).doesNotContain("Hendrik", "Geerdink", "geheim");
            assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Niet gevonden");
        }
        assertThat(post("/inwoners/" + bertsResident + "/netwerk", anna, "relation=family", "name=X").status())
                .isEqualTo(404);
        assertThat(post("/contacten/" + bertsContact + "/opvolging-afgerond", anna).status()).isEqualTo(404);
        assertThat(workspace.count("care_network_member")).isZero();
        // Bert's village is not in Anna's lists either
        assertThat(get("/inwoners", anna).body()).doesNotContain("(H.O.G.)");
    }

    @Test
    void otherRolesAreRefused() {
        String gerda = residentByApi(anna, "Gerda Lansink");
        for (String role : List.of("municipal-admin", "policy-officer", "sounding-board", "wmo-consultant")) {
            Workspace.Colleague other = workspace.colleague(role, denekamp);
            for (String path : List.of("/contacten", "/contacten/nieuw", "/inwoners", "/inwoners/nieuw",
                    "/inwoners/" + gerda)) {
                ApiClient.Response page = get(path, other);
                assertThat(page.status()).as(role + " " + path).isEqualTo(403);
                assertThat(page.body()).doesNotContain("Gerda");
            }
            assertThat(post("/inwoners/" + gerda + "/netwerk", other, "relation=family", "name=X").status())
                    .isEqualTo(403);
            Document home = Jsoup.parse(get("/", other).body());
            assertThat(home.select("nav a").eachText()).doesNotContain("Contacten", "Inwoners");
            assertThat(home.select(".naober-primary-action")).isEmpty();
        }
        assertThat(workspace.count("care_network_member")).isZero();
    }

    @Test
    void underTheGatewaysPrefixFormsAndRedirectsCarryIt() {
        String prefix = "/g/" + workspace.slug();
        ApiClient.Response page = api.send("GET", "/contacten/nieuw", anna.token(), null, null, "X-Naober-Tenant",
                workspace.slug(), "X-Naober-Path-Prefix", prefix, "X-Naober-Csrf-Token", "gateway-token");

        Document html = Jsoup.parse(page.body());
        assertThat(html.getElementById("contact-form").attr("action")).isEqualTo(prefix + "/contacten/nieuw");
        assertThat(html.selectFirst("#contact-form input[name=_csrf]").val()).isEqualTo("gateway-token");
        assertThat(html.getElementById("resident-search").attr("hx-get")).isEqualTo(prefix + "/contacten/nieuw");

        ApiClient.Response saved = api.send("POST", "/contacten/nieuw", anna.token(), form("channel=phone",
                "themes=wonen", "route=own-network", "minutes=15", "function=F1", "_csrf=gateway-token"), FORM,
                "X-Naober-Tenant", workspace.slug(), "X-Naober-Path-Prefix", prefix);
        assertThat(saved.header("Location")).isEqualTo(prefix + "/contacten?gelukt=contact");
    }

    @Test
    void pagesAreInEnglishWhenTheBrowserAsksForIt() {
        ApiClient.Response page = api.send("GET", "/contacten/nieuw", anna.token(), null, null, "X-Naober-Tenant",
                workspace.slug(), "Accept-Language", "en");

        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("h1").text()).isEqualTo("New contact");
        assertThat(html.select("label[for=route-1]").text()).isEqualTo("Own network (family, neighbours, friends)");
    }

    private static void assertField(Document html, String field, String message) {
        Element input = html.getElementById(field);
        assertThat(input).as(field).isNotNull();
        assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(input.attr("aria-describedby")).as(field).contains(field + "-error");
        Element error = html.getElementById(field + "-error");
        assertThat(error).as(field + "-error").isNotNull();
        if (message != null) {
            assertThat(error.text()).contains(message);
        }
    }

    private static List<String> checked(Document html, String name) {
        return html.select("input[name=" + name + "][checked]").eachAttr("value");
    }

    private ApiClient.Response get(String path, Workspace.Colleague colleague) {
        return api.sendWithHeaders("GET", path, colleague.token(), "X-Naober-Tenant", workspace.slug());
    }

    private ApiClient.Response post(String path, Workspace.Colleague colleague, String... fields) {
        return api.send("POST", path, colleague.token(), form(fields), FORM, "X-Naober-Tenant", workspace.slug());
    }

    private static String form(String... fields) {
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            int equals = field.indexOf('=');
            body.append(body.isEmpty() ? "" : "&").append(encode(field.substring(0, equals))).append('=')
                    .append(encode(field.substring(equals + 1)));
        }
        return body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String apiContact(Workspace.Colleague supporter, String channel, String function, LocalDate date,
            LocalDate followUp) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"channel": "%s", "themes": ["eenzaamheid"], "route": "volunteer", "minutes": 20, "function": "%s"%s%s}"""
                .formatted(channel, function, date == null ? "" : ", \"date\": \"" + date + "\"",
                        followUp == null ? "" : ", \"followUpOn\": \"" + followUp + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String residentByApi(Workspace.Colleague supporter, String name) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"channel": "office-hours", "themes": ["wonen"], "route": "professional", "minutes": 30,
                 "function": "F4", "summary": "geheim verhaal", "resident": {"name": "%s", "phone": "0541 987654"}}"""
                .formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("resident").get("id").asString();
    }

    private String residentPhone(String resident) {
        var phone = api.get(workspace.base() + "/residents/" + resident, anna.token()).json().get("phone");
        return phone == null || phone.isNull() ? null : phone.asString();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
