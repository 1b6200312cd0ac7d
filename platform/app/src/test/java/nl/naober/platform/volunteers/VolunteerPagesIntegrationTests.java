package nl.naober.platform.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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

/** The volunteer pages, the help request pages, the totals, the settings and the volunteer's own link page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerPagesIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "vrijwilligerspagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void anInvalidVolunteerIsShownAgainWithA422TheMessagesAtTheFieldsAndTheValuesAndNothingIsSaved() {
        ApiClient.Response refused = pages.post("/vrijwilligers/nieuw", anna.token(), "firstName=", "lastName=Brinkman",
                "phone=bel maar", "email=", "consentToContact=", "villages=" + denekamp, "availability=tuesday-afternoon",
                "startedOn=" + today(), "endedOn=", "note=");

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#firstName", "#phone",
                "#consentToContact", "#skills");
        assertThat(html.getElementById("firstName-error").text()).isEqualTo("Fout: Vul de voornaam van de vrijwilliger in.");
        assertThat(html.getElementById("lastName").val()).isEqualTo("Brinkman");
        assertThat(html.select("input[name=availability][checked]").eachAttr("value"))
                .containsExactly("tuesday-afternoon");
        assertThat(html.title()).startsWith("Fout:");
        assertThat(workspace.count("volunteer")).isZero();
    }

    @Test
    void aSupporterAddsAVolunteerOpensHerRecordsAVogAndOthersCannotReachHer() {
        Document form = Pages.html(ok(pages.get("/vrijwilligers/nieuw", anna.token())));
        assertThat(form.select("input[name=villages][checked]").eachAttr("value")).containsExactly(denekamp);
        assertThat(form.select("input[name=availability]")).hasSize(21);

        ApiClient.Response saved = pages.post("/vrijwilligers/nieuw", anna.token(), "firstName=Gerrit",
                "lastName=Brinkman", "phone=06 12345678", "consentToContact=true", "villages=" + denekamp,
                "skills=vervoer", "skills=klussen", "availability=tuesday-afternoon", "startedOn=" + today());
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String location = saved.header("Location");
        assertThat(location).matches(".*/vrijwilligers/[0-9a-f-]{36}\\?gelukt=opgeslagen");
        String id = location.replaceAll(".*/vrijwilligers/([0-9a-f-]{36}).*", "$1");

        Document detail = Pages.html(ok(pages.get("/vrijwilligers/" + id + "?gelukt=opgeslagen", anna.token())));
        assertThat(detail.select("h1").text()).isEqualTo("Gerrit Brinkman");
        assertThat(detail.select("[role=status]").text()).contains("opgeslagen");
        assertThat(detail.text()).contains("dinsdagmiddag", "Geen VOG vastgelegd", "wordt vastgelegd");
        Document list = Pages.html(ok(pages.get("/vrijwilligers", anna.token())));
        assertThat(list.select(".naober-list__link").text()).isEqualTo("Gerrit B.");
        assertThat(list.text()).doesNotContain("Brinkman");

        ApiClient.Response badVog = pages.post("/vrijwilligers/" + id + "/vog", anna.token(),
                "issuedOn=" + today().plusDays(3));
        assertThat(badVog.status()).isEqualTo(422);
        assertThat(Pages.html(badVog).select("[role=alert] a").eachAttr("href")).containsExactly("#issuedOn");
        assertThat(workspace.count("volunteer_vog")).isZero();
        ApiClient.Response vog = pages.post("/vrijwilligers/" + id + "/vog", anna.token(),
                "issuedOn=" + today().minusYears(3).plusMonths(1));
        assertThat(vog.header("Location")).endsWith("?gelukt=vog");
        assertThat(Pages.html(ok(pages.get("/", anna.token()))).select("#vogs-heading + ul").text())
                .contains("Gerrit B.");

        ApiClient.Response edit = pages.post("/vrijwilligers/" + id + "/wijzigen", anna.token(), "firstName=Gerrit",
                "consentToContact=true", "villages=" + denekamp, "skills=tuin", "startedOn=" + today(),
                "endedOn=" + today().minusDays(1));
        assertThat(edit.status()).isEqualTo(422);
        assertThat(Pages.html(edit).select("[role=alert] a").eachAttr("href")).containsExactly("#endedOn");

        ApiClient.Response elsewhere = pages.get("/vrijwilligers/" + id, bert.token());
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain("Gerrit");
        assertThat(pages.get("/vrijwilligers/geen-id", anna.token()).status()).isEqualTo(404);
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer")) {
            Workspace.Colleague colleague = workspace.colleague(role, denekamp);
            assertThat(pages.get("/vrijwilligers", colleague.token()).status()).as(role).isEqualTo(403);
            assertThat(pages.get("/hulpvragen", colleague.token()).status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void aVolunteerLogsHoursThroughHerLinkSeesOnlyHerOwnAndARevokedLinkIsTheSameNotFoundAsAnUnknownOne() {
        String gerrit = volunteer("Gerrit", "klussen", "tuesday-afternoon");
        String other = volunteer("Henk", "klussen", "tuesday-afternoon");
        ApiClient.Response made = pages.post("/vrijwilligers/" + gerrit + "/urenlink", anna.token(), "expiresOn=");
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.header("Cache-Control")).contains("no-store");
        String url = Pages.html(made).getElementById("hours-link").attr("href");
        String path = url.substring(url.indexOf("/publiek/"));
        assertThat(path).matches("/publiek/" + workspace.slug() + "/uren/[A-Za-z0-9_-]{43}");
        pages.post("/vrijwilligers/" + other + "/urenlink", anna.token(), "expiresOn=");
        jdbc.sql("insert into " + schema() + ".volunteer_hours (id, volunteer_id, village_id, worked_on, quarters,"
                + " activity, note_enc, created_at) values (gen_random_uuid(), ?::uuid, ?::uuid, ?, 4, 'OVERIG', null,"
                + " now())").params(other, denekamp, today()).update();

        ApiClient.Response page = anonymous("GET", path, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        Document html = Pages.html(page);
        assertThat(html.select("h1").text()).contains("Gerrit");
        assertThat(html.text()).doesNotContain("Vrijwilliger", "Henk", "Ootmarsum");
        assertThat(html.select("input[name=_csrf]")).isEmpty();

        ApiClient.Response refused = anonymous("POST", path, "workedOn=" + today().plusDays(1)
                + "&hours=1,3&activity=toveren&note=");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Pages.html(refused).select("[role=alert] a").eachAttr("href"))
                .containsExactlyInAnyOrder("#workedOn", "#hours", "#activity");
        assertThat(Pages.html(refused).getElementById("hours").val()).isEqualTo("1,3");
        assertThat(hoursOf(gerrit)).isZero();

        String entry = "workedOn=" + today() + "&hours=1%2C5&activity=klussen&note=dakgoot";
        ApiClient.Response logged = anonymous("POST", path, entry);
        assertThat(logged.status()).isEqualTo(302);
        assertThat(anonymous("POST", path, entry).status()).isEqualTo(302);
        assertThat(hoursOf(gerrit)).isEqualTo(1);
        assertThat(jdbc.sql("select quarters from " + schema() + ".volunteer_hours where volunteer_id = ?::uuid")
                .param(gerrit).query(Integer.class).single()).isEqualTo(6);
        assertThat(Pages.html(anonymous("GET", path + "?gelukt", null)).text()).contains("opgeslagen", "1,5 uur, Klussen");
        assertThat(jdbc.sql("select count(*) from " + schema() + ".audit_event where record_type = 'volunteer-hours'")
                .query(Integer.class).single()).isEqualTo(1);

        ok(pages.get("/vrijwilligers/" + gerrit, anna.token()));
        assertThat(pages.post("/vrijwilligers/" + gerrit + "/urenlink/intrekken", anna.token()).header("Location"))
                .endsWith("?gelukt=ingetrokken");
        ApiClient.Response revoked = anonymous("GET", path, null);
        ApiClient.Response unknown = anonymous("GET", "/publiek/" + workspace.slug() + "/uren/"
                + "A".repeat(43), null);
        ApiClient.Response malformed = anonymous("GET", "/publiek/" + workspace.slug() + "/uren/kort", null);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(unknown.body()).isEqualTo(malformed.body()).contains("Deze pagina bestaat niet");
        assertThat(anonymous("POST", path, entry).status()).isEqualTo(404);
        assertThat(hoursOf(gerrit)).isEqualTo(1);
    }

    @Test
    void aHelpRequestIsTakenFromAContactAndTheSupporterConfirmsAVolunteerButNeverOneWithoutTheRequiredVog() {
        LocalDate friday = today().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        String ina = volunteer("Ina", "vervoer", "friday-morning");
        String harm = volunteer("Harm", "vervoer", "friday-morning");
        api.post(workspace.base() + "/volunteers/" + ina + "/vogs", anna.token(),
                "{\"issuedOn\": \"" + today().minusYears(1) + "\"}");
        String contact = contact();

        Document form = Pages.html(ok(pages.get("/hulpvragen/nieuw", anna.token())));
        assertThat(form.select("input[name=contactId]").eachAttr("value")).containsExactly(contact);
        ApiClient.Response refused = pages.post("/hulpvragen/nieuw", anna.token(), "contactId=", "skill=vervoer",
                "workKind=", "neededOn=" + today().minusDays(2), "partOfDay=", "description=");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Pages.html(refused).select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder(
                "#contactId", "#workKind", "#neededOn", "#partOfDay", "#description");
        assertThat(workspace.count("help_request")).isZero();

        ApiClient.Response created = pages.post("/hulpvragen/nieuw", anna.token(), "contactId=" + contact,
                "skill=vervoer", "workKind=vervoer", "neededOn=" + friday, "partOfDay=morning",
                "description=naar het ziekenhuis");
        assertThat(created.status()).isEqualTo(302);
        String request = created.header("Location").replaceAll(".*/hulpvragen/([0-9a-f-]{36}).*", "$1");
        Document detail = Pages.html(ok(pages.get("/hulpvragen/" + request, anna.token())));
        assertThat(detail.select("input[name=volunteerId]").eachAttr("value")).containsExactly(ina);
        assertThat(detail.text()).contains("Ina V.", "vrijdagochtend", "geldige VOG nodig").doesNotContain("Harm");

        ApiClient.Response wrong = pages.post("/hulpvragen/" + request + "/koppelen", anna.token(), "volunteerId=" + harm);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(Pages.html(wrong).getElementById("volunteerId").text()).contains("geldige VOG nodig");
        ApiClient.Response matched = pages.post("/hulpvragen/" + request + "/koppelen", anna.token(), "volunteerId=" + ina);
        assertThat(matched.header("Location")).endsWith("?gelukt=gekoppeld");
        Document list = Pages.html(ok(pages.get("/hulpvragen", anna.token())));
        assertThat(list.text()).contains("Gekoppeld", "Ina V.").doesNotContain("ziekenhuis");
        assertThat(pages.get("/hulpvragen/" + request, bert.token()).status()).isEqualTo(404);
        assertThat(pages.post("/hulpvragen/" + request + "/status", anna.token(), "status=").status()).isEqualTo(422);
        assertThat(pages.post("/hulpvragen/" + request + "/status", anna.token(), "status=done").header("Location"))
                .endsWith("?gelukt=afgesloten");
    }

    @Test
    void theTotalsShowNamesToTheSupporterOnlyAndTheAdministratorKeepsTheVogSettings() {
        String gerrit = volunteer("Gerrit", "klussen", "tuesday-afternoon");
        jdbc.sql("insert into " + schema() + ".volunteer_hours (id, volunteer_id, village_id, worked_on, quarters,"
                + " activity, created_at) values (gen_random_uuid(), ?::uuid, ?::uuid, ?, 10, 'KLUSSEN', now())")
                .params(gerrit, denekamp, today()).update();

        Document supporter = Pages.html(ok(pages.get("/vrijwilligersuren", anna.token())));
        assertThat(supporter.text()).contains("Gerrit V.", "Klussen", "2,5 uur");
        Document admin = Pages.html(ok(pages.get("/vrijwilligersuren", workspace.adminToken())));
        assertThat(admin.text()).contains("Klussen", "Denekamp", "2,5 uur").doesNotContain("Gerrit");
        Workspace.Colleague policy = workspace.colleague("policy-officer");
        assertThat(pages.get("/vrijwilligersuren", policy.token()).status()).isEqualTo(403);

        Document settings = Pages.html(ok(pages.get("/vrijwilligers-instellingen", workspace.adminToken())));
        assertThat(settings.getElementById("vogValidityYears").val()).isEqualTo("3");
        assertThat(settings.select("input[name=vogRequired][checked]").eachAttr("value"))
                .contains("huisbezoek", "vervoer").doesNotContain("klussen");
        ApiClient.Response refused = pages.post("/vrijwilligers-instellingen", workspace.adminToken(),
                "vogValidityYears=drie", "renewalWindowMonths=13", "vogRequired=klussen");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Pages.html(refused).select("[role=alert] a").eachAttr("href"))
                .containsExactlyInAnyOrder("#vogValidityYears", "#renewalWindowMonths");
        assertThat(Pages.html(refused).getElementById("vogValidityYears").val()).isEqualTo("drie");
        assertThat(workspace.count("volunteer_settings")).isZero();
        assertThat(pages.post("/vrijwilligers-instellingen", workspace.adminToken(), "vogValidityYears=5",
                "renewalWindowMonths=2", "vogRequired=klussen").header("Location")).endsWith("?gelukt=instellingen");
        assertThat(pages.get("/vrijwilligers-instellingen", anna.token()).status()).isEqualTo(403);
    }

    private ApiClient.Response anonymous(String method, String path, String form) {
        return api.send(method, path, null, form, form == null ? null : "application/x-www-form-urlencoded");
    }

    private int hoursOf(String volunteer) {
        return jdbc.sql("select count(*) from " + schema() + ".volunteer_hours where volunteer_id = ?::uuid")
                .param(volunteer).query(Integer.class).single();
    }

    private String volunteer(String firstName, String skill, String slot) {
        ApiClient.Response created = api.post(workspace.base() + "/volunteers", anna.token(), """
                {"firstName": "%s", "lastName": "Vrijwilliger", "consentToContact": true, "skills": ["%s"],
                 "availability": ["%s"], "startedOn": "%s"}""".formatted(firstName, skill, slot, today().minusYears(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contact() {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", anna.token(), """
                {"date": "%s", "channel": "phone", "themes": ["eenzaamheid"], "route": "own-network", "minutes": 10,
                 "function": "F7", "resident": {"name": "Mina Nijhuis"}}""".formatted(today()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
