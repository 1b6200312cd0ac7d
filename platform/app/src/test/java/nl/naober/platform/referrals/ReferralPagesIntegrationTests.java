package nl.naober.platform.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

/** The referral pages: consent first, nothing saved without it, the list by pseudonym, outcomes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralPagesIntegrationTests {

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
    String resident;
    String pseudonym;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "verwijspagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        String ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
        ApiClient.Response created = api.post(workspace.base() + "/residents", anna.token(),
                "{\"village\": \"" + denekamp + "\", \"name\": \"Gerrit Velthuis\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        resident = created.json().get("id").asString();
        pseudonym = created.json().get("pseudonym").asString();
    }

    @Test
    void theFormAsksForConsentFirstAndSaysNothingIsSentWithoutIt() {
        String contact = contactWith(resident);

        Document form = Pages.html(ok(pages.get(referTo(resident), anna.token())));

        assertThat(form.select("h1")).singleElement().extracting(Element::text).isEqualTo("Doorverwijzen");
        assertThat(form.selectFirst("main").text()).contains("Inwoner " + pseudonym).doesNotContain("Gerrit");
        List<String> fields = form.select("main form [name]:not([type=hidden])").eachAttr("name");
        assertThat(fields.subList(0, 5)).containsExactly("consent.what", "consent.recipient", "consent.givenOn",
                "consent.form", "consent.form");
        assertThat(form.selectFirst("main form").text()).contains("Zonder toestemming wordt niets opgeslagen en niets doorgegeven");
        assertThat(form.getElementById("consent.givenOn").val()).isEqualTo(today().toString());
        assertThat(form.getElementById("referredOn").val()).isEqualTo(today().toString());
        assertThat(form.select("input[name=consent.form]").eachAttr("value")).containsExactly("verbal", "written");
        assertThat(form.select("input[name=targetKind]")).hasSize(5);
        assertThat(form.select("input[name=contactId]").eachAttr("value")).containsExactly(contact, "");
        for (Element input : form.select("main input:not([type=hidden]), main textarea")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
    }

    @Test
    void withoutConsentTheFormComesBackWithTheMessagesAtTheConsentFieldsAndNothingIsSaved() {
        ApiClient.Response refused = pages.post(referTo(resident), anna.token(), "consent.what=", "consent.recipient=",
                "consent.givenOn=", "targetName=Praktijkondersteuner huisarts", "targetKind=professional",
                "targetContact=0541 123456", "reason=Hulp bij de administratie", "referredOn=" + today());

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactly("#consent.what",
                "#consent.recipient", "#consent.givenOn", "#consent.form");
        for (String field : List.of("consent.what", "consent.recipient", "consent.givenOn", "consent.form")) {
            assertThat(html.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(html.getElementById(field + "-error")).as(field).isNotNull();
        }
        assertThat(html.getElementById("consent.what-error").text())
                .isEqualTo("Fout: Leg vast welke gegevens met toestemming worden gedeeld; zonder toestemming wordt niets opgeslagen.");
        assertThat(html.getElementById("consent.what").attr("aria-describedby"))
                .isEqualTo("consent.what-hint consent.what-error");
        assertThat(html.getElementById("targetName").val()).isEqualTo("Praktijkondersteuner huisarts");
        assertThat(html.select("input[name=targetKind][checked]").eachAttr("value")).containsExactly("professional");
        assertThat(html.getElementById("reason").text()).isEqualTo("Hulp bij de administratie");
        assertThat(html.select("[aria-invalid=true]").eachAttr("name")).allMatch(name -> name.startsWith("consent."));
        assertThat(workspace.count("referral")).isZero();
        assertThat(workspace.count("referral_outcome")).isZero();

        ApiClient.Response future = pages.post(referTo(resident), anna.token(), "consent.what=naam",
                "consent.recipient=POH", "consent.givenOn=" + today().plusDays(1), "consent.form=verbal",
                "targetName=POH", "targetKind=professional");
        assertThat(future.status()).isEqualTo(422);
        assertThat(Pages.html(future).select("[role=alert] a").eachAttr("href")).containsOnly("#consent.givenOn");
        assertThat(Pages.html(future).getElementById("consent.givenOn").val()).isEqualTo(today().plusDays(1).toString());
        assertThat(workspace.count("referral")).isZero();
    }

    @Test
    void withConsentTheReferralIsSavedListedByPseudonymAndItsOutcomeRecorded() {
        String contact = contactWith(resident);

        ApiClient.Response referred = pages.post(referTo(resident), anna.token(),
                "consent.what=naam, telefoonnummer en de hulpvraag", "consent.recipient=Praktijkondersteuner",
                "consent.givenOn=" + today(), "consent.form=written", "targetName=Praktijkondersteuner huisarts",
                "targetKind=professional", "targetContact=", "reason=", "referredOn=" + today(),
                "contactId=" + contact);

        assertThat(referred.status()).as(referred.body()).isEqualTo(302);
        assertThat(referred.header("Location")).matches("/doorverwijzingen/[0-9a-f-]{36}\\?opgeslagen");
        String referral = referred.header("Location").replaceAll("^/doorverwijzingen/([0-9a-f-]{36}).*$", "$1");
        assertThat(workspace.count("referral")).isEqualTo(1);
        assertThat(jdbc.sql("select contact_id from " + schema() + ".referral").query(String.class).single())
                .isEqualTo(contact);

        Document detail = Pages.html(ok(pages.get(referred.header("Location"), anna.token())));
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Doorverwezen naar Praktijkondersteuner huisarts");
        assertThat(detail.selectFirst("main").text()).contains("Opgeslagen.", "Inwoner " + pseudonym,
                "naam, telefoonnummer en de hulpvraag", "Schriftelijk", "Verstuurd");
        assertThat(detail.select(".naober-history li")).hasSize(1);

        Document list = Pages.html(ok(pages.get("/doorverwijzingen", anna.token())));
        assertThat(list.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Doorverwijzingen");
        Element item = list.selectFirst("main a[href=/doorverwijzingen/" + referral + "]");
        assertThat(item.text()).isEqualTo(pseudonym + " naar Praktijkondersteuner huisarts");
        assertThat(item.closest("section").selectFirst("h2").text()).isEqualTo("Lopend");
        assertThat(list.body().text()).doesNotContain("Gerrit");

        ApiClient.Response noStatus = pages.post("/doorverwijzingen/" + referral + "/uitkomst", anna.token(),
                "status=", "note=Eerste afspraak gehad", "date=" + today());
        assertThat(noStatus.status()).isEqualTo(422);
        assertThat(Pages.html(noStatus).getElementById("status-error").text())
                .isEqualTo("Fout: Kies de nieuwe status van de verwijzing.");
        assertThat(Pages.html(noStatus).getElementById("note").text()).isEqualTo("Eerste afspraak gehad");
        assertThat(workspace.count("referral_outcome")).isEqualTo(1);

        ApiClient.Response completed = pages.post("/doorverwijzingen/" + referral + "/uitkomst", anna.token(),
                "status=completed", "note=Eerste afspraak gehad", "date=" + today());
        assertThat(completed.status()).isEqualTo(302);
        Document after = Pages.html(pages.get("/doorverwijzingen/" + referral, anna.token()));
        assertThat(after.select(".naober-history li").eachText()).hasSize(2).last().asString()
                .contains("Afgerond", "Eerste afspraak gehad");
        assertThat(after.select("form[action$=/uitkomst]")).isEmpty();
        assertThat(Pages.html(pages.get("/doorverwijzingen", anna.token())).selectFirst("main a[href=/doorverwijzingen/"
                + referral + "]").closest("section").selectFirst("h2").text()).isEqualTo("Afgerond");

        ApiClient.Response closed = pages.post("/doorverwijzingen/" + referral + "/uitkomst", anna.token(),
                "status=accepted");
        assertThat(closed.status()).isEqualTo(422);
        assertThat(Pages.html(closed).getElementById("status-error").text()).contains("al afgesloten");
        assertThat(workspace.count("referral_outcome")).isEqualTo(2);
    }

    @Test
    void onlyTheSupporterOfTheResidentsVillageReachesTheReferralPages() {
        String referral = api.post(workspace.base() + "/residents/" + resident + "/referrals", anna.token(), """
                {"targetName": "POH", "targetKind": "professional", "consent": {"what": "naam", "recipient": "POH",
                 "givenOn": "%s", "form": "verbal"}}""".formatted(today())).json().get("id").asString();

        assertThat(pages.get(referTo(resident), bert.token()).status()).isEqualTo(404);
        assertThat(pages.post(referTo(resident), bert.token(), "targetName=POH").status()).isEqualTo(404);
        assertThat(pages.get("/doorverwijzingen/" + referral, bert.token()).status()).isEqualTo(404);
        assertThat(pages.post("/doorverwijzingen/" + referral + "/uitkomst", bert.token(), "status=completed")
                .status()).isEqualTo(404);
        assertThat(Pages.html(ok(pages.get("/doorverwijzingen", bert.token()))).selectFirst("main").text())
                .contains("Er lopen geen doorverwijzingen.").doesNotContain("POH");
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer", "wmo-consultant")) {
            String token = role.equals("municipal-admin") ? workspace.adminToken()
                    : workspace.colleague(role, denekamp).token();
            assertThat(pages.get("/doorverwijzingen", token).status()).as(role).isEqualTo(403);
            assertThat(pages.get("/doorverwijzingen/" + referral, token).status()).as(role).isEqualTo(403);
            assertThat(pages.get(referTo(resident), token).status()).as(role).isEqualTo(403);
            assertThat(pages.post(referTo(resident), token, "targetName=POH").status()).as(role).isEqualTo(403);
        }
        assertThat(workspace.count("referral")).isEqualTo(1);
        assertThat(workspace.count("referral_outcome")).isEqualTo(1);
    }

    private static String referTo(String resident) {
        return "/inwoners/" + resident + "/doorverwijzen";
    }

    private String contactWith(String resident) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", anna.token(), """
                {"channel": "phone", "themes": ["gezondheid"], "route": "professional", "minutes": 15,
                 "function": "F16", "residentId": "%s"}""".formatted(resident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return response;
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
