package nl.naober.platform.mandates;

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

/** The admin's "Mandaten" pages and the supporter's "Mijn mandaten" on her start page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MandatePagesIntegrationTests {

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
        workspace = Workspace.create(api, jdbc, "mandaatpagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void theAdminGrantsAMandateWithTheFormAndTheSupporterSeesItOnHerStartPage() {
        Workspace.Colleague consultant = workspace.colleague("wmo-consultant");
        ApiClient.Response empty = ok(underGateway("/mandaten"));
        assertThat(Pages.html(empty).selectFirst("nav a[aria-current=page]").text()).isEqualTo("Mandaten");
        assertThat(Pages.html(empty).text()).contains("Er zijn nog geen mandaten verleend.");

        Document form = Pages.html(ok(underGateway("/mandaten/nieuw")));
        assertThat(form.select("h1")).singleElement().extracting(Element::text).isEqualTo("Mandaat verlenen");
        assertThat(form.selectFirst("form[action$=/mandaten/nieuw] input[name=_csrf]").val()).isEqualTo("gateway-token");
        assertThat(form.select("input[name=supporterId]").eachAttr("value")).containsExactly(anna.memberId())
                .doesNotContain(consultant.memberId());
        assertThat(form.select("input[name=scopes][checked]").eachAttr("value"))
                .containsExactly("wmo-intake", "bsn", "conversation-report");
        assertThat(form.select("label[for^=scopes]").eachText())
                .containsExactly("Wmo-melding opnemen", "BSN verwerken", "Gespreksverslag opstellen");
        assertThat(form.select("input[name=villages]").eachAttr("value")).containsExactlyInAnyOrder(denekamp, ootmarsum);
        assertThat(form.getElementById("validFrom").val()).isEqualTo(today().toString());

        LocalDate until = today().plusYears(2);
        ApiClient.Response granted = pages.post("/mandaten/nieuw", workspace.adminToken(),
                "supporterId=" + anna.memberId(), "scopes=wmo-intake", "scopes=bsn", "scopes=conversation-report",
                "villages=" + denekamp, "validFrom=" + today(), "validUntil=" + until,
                "decisionReference=B&W 2026/0412");
        assertThat(granted.status()).as(granted.body()).isEqualTo(302);
        String location = granted.header("Location");
        assertThat(location).matches("/mandaten/[0-9a-f-]{36}\\?gelukt=verleend");
        assertThat(workspace.count("mandate")).isEqualTo(1);

        Document shown = Pages.html(ok(pages.get(location, workspace.adminToken())));
        assertThat(shown.selectFirst("[role=status]").text()).isEqualTo("Het mandaat is verleend.");
        assertThat(shown.select("h1").text()).isEqualTo("Mandaat van Test supporter");
        assertThat(shown.select("main dl").first().text()).contains("Geldig")
                .contains("Wmo-melding opnemen, BSN verwerken, Gespreksverslag opstellen").contains("Denekamp")
                .doesNotContain("Ootmarsum").contains(today().format(DUTCH) + " tot en met " + until.format(DUTCH))
                .contains("B&W 2026/0412");
        assertThat(shown.select("form[action$=/intrekken]")).hasSize(1);

        Document list = Pages.html(ok(pages.get("/mandaten", workspace.adminToken())));
        assertThat(list.select("main li h2 a").eachText()).containsExactly("Test supporter");
        assertThat(list.selectFirst("main li .naober-badge").text()).isEqualTo("Geldig");

        Element mine = Pages.html(ok(pages.get("/", anna.token()))).getElementById("mandates-start-heading").parent();
        assertThat(mine.text()).contains("Mijn mandaten")
                .contains("Wmo-melding opnemen, BSN verwerken, Gespreksverslag opstellen")
                .contains("Denekamp · geldig tot en met " + until.format(DUTCH));
    }

    @Test
    void aRefusedGrantIsShownAgainInDutchWithTheInputKeptAndNothingSaved() {
        ApiClient.Response refused = pages.post("/mandaten/nieuw", workspace.adminToken(), "villages=" + ootmarsum,
                "validFrom=" + today(), "validUntil=" + today().minusDays(1), "decisionReference=B&W 2026/0412");

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.title()).startsWith("Fout:");
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#supporterId",
                "#scopes", "#validUntil");
        assertThat(html.getElementById("supporterId-error").text())
                .contains("Kies de dorpsondersteuner die het mandaat krijgt.");
        assertThat(html.getElementById("scopes-error").text()).contains("Kies waarvoor het mandaat geldt");
        assertThat(html.getElementById("validUntil-error").text()).contains("De einddatum ligt voor de begindatum.");
        assertThat(html.getElementById("validUntil").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.getElementById("validUntil").val()).isEqualTo(today().minusDays(1).toString());
        assertThat(html.getElementById("decisionReference").val()).isEqualTo("B&W 2026/0412");
        assertThat(html.select("input[name=villages][checked]").eachAttr("value")).containsExactly(ootmarsum);
        assertThat(html.select("input[name=scopes][checked]")).isEmpty();
        assertThat(workspace.count("mandate")).isZero();

        ApiClient.Response tooLong = pages.post("/mandaten/nieuw", workspace.adminToken(),
                "supporterId=" + anna.memberId(), "scopes=bsn", "scopes=everything", "villages=" + denekamp,
                "validFrom=" + today(), "validUntil=" + today().plusYears(6), "decisionReference=B&W 2026/0412");
        assertThat(tooLong.status()).isEqualTo(422);
        Document again = Pages.html(tooLong);
        assertThat(again.getElementById("validUntil-error").text()).contains("Een mandaat geldt hoogstens 5 jaar.");
        assertThat(again.select("input[name=supporterId][checked]").eachAttr("value")).containsExactly(anna.memberId());
        assertThat(again.getElementById("scopes-error")).isNotNull();
        assertThat(workspace.count("mandate")).isZero();
    }

    @Test
    void theAdminRevokesAMandateWithAReasonAndItLeavesTheSupportersStartPage() {
        String id = grant(anna);
        String revoke = "/mandaten/" + id + "/intrekken";

        ApiClient.Response noReason = pages.post(revoke, workspace.adminToken(), "reason=  ");
        assertThat(noReason.status()).isEqualTo(422);
        Document refused = Pages.html(noReason);
        assertThat(refused.getElementById("reason-error").text()).contains("Vul de reden van intrekking in.");
        assertThat(refused.select("[role=alert] a").eachAttr("href")).containsExactly("#reason");
        assertThat(revoked(id)).isFalse();

        ApiClient.Response revoked = pages.post(revoke, workspace.adminToken(), "reason=Dienstverband beëindigd");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(302);
        assertThat(revoked.header("Location")).isEqualTo("/mandaten/" + id + "?gelukt=ingetrokken");
        assertThat(revoked(id)).isTrue();
        Document shown = Pages.html(ok(pages.get(revoked.header("Location"), workspace.adminToken())));
        assertThat(shown.selectFirst("[role=status]").text()).isEqualTo("Het mandaat is ingetrokken.");
        assertThat(shown.selectFirst("main .naober-badge").text()).isEqualTo("Ingetrokken");
        assertThat(shown.text()).contains("Reden van intrekking").contains("Dienstverband beëindigd");
        assertThat(shown.select("form[action$=/intrekken]")).isEmpty();

        ApiClient.Response twice = pages.post(revoke, workspace.adminToken(), "reason=nogmaals");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(Pages.html(twice).select("[role=alert]").text()).contains("Dit mandaat is al ingetrokken.");
        assertThat(jdbc.sql("select revocation_reason from " + schema() + ".mandate where id = ?")
                .param(UUID.fromString(id)).query(String.class).single()).isEqualTo("Dienstverband beëindigd");
        assertThat(Pages.html(ok(pages.get("/", anna.token()))).getElementById("mandates-start-heading")).isNull();
    }

    @Test
    void otherRolesAreRefusedAndAnotherMunicipalitysMandateIsNotReachable() {
        String id = grant(anna);
        for (String token : List.of(anna.token(), workspace.colleague("wmo-consultant").token(),
                workspace.colleague("policy-officer").token(), workspace.colleague("sounding-board", denekamp).token())) {
            assertThat(pages.get("/mandaten", token).status()).isEqualTo(403);
            assertThat(pages.get("/mandaten/nieuw", token).status()).isEqualTo(403);
            assertThat(pages.get("/mandaten/" + id, token).status()).isEqualTo(403);
            assertThat(pages.post("/mandaten/nieuw", token, "supporterId=" + anna.memberId(), "scopes=bsn",
                    "villages=" + denekamp, "validFrom=" + today(), "validUntil=" + today().plusYears(1),
                    "decisionReference=X").status()).isEqualTo(403);
            assertThat(pages.post("/mandaten/" + id + "/intrekken", token, "reason=weg").status()).isEqualTo(403);
        }
        assertThat(workspace.count("mandate")).isEqualTo(1);
        assertThat(revoked(id)).isFalse();

        Workspace other = Workspace.create(api, jdbc, "anderegemeente");
        Pages elsewhere = new Pages(api, other.slug());
        ApiClient.Response notThere = elsewhere.get("/mandaten/" + id, other.adminToken());
        assertThat(notThere.status()).isEqualTo(404);
        assertThat(notThere.body()).doesNotContain("Test supporter").doesNotContain("B&amp;W 2026/0412");
        assertThat(elsewhere.post("/mandaten/" + id + "/intrekken", other.adminToken(), "reason=weg").status())
                .isEqualTo(404);
        assertThat(Pages.html(ok(elsewhere.get("/mandaten", other.adminToken()))).select("main li")).isEmpty();
        assertThat(revoked(id)).isFalse();
        assertThat(pages.get("/mandaten/geen-id", workspace.adminToken()).status()).isEqualTo(404);

        assertThat(Pages.html(ok(pages.get("/", workspace.adminToken()))).select("nav a").eachText()).contains("Mandaten");
        assertThat(Pages.html(ok(pages.get("/", anna.token()))).select("nav a").eachText()).doesNotContain("Mandaten");
    }

    private String grant(Workspace.Colleague supporter) {
        ApiClient.Response granted = api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn", "conversation-report"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s", "decisionReference": "B&W 2026/0412"}"""
                .formatted(supporter.memberId(), supporter.villages().getFirst(), today(), today().plusYears(1)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        return granted.json().get("id").asString();
    }

    private boolean revoked(String id) {
        return jdbc.sql("select revoked_at is not null from " + schema() + ".mandate where id = ?")
                .param(UUID.fromString(id)).query(Boolean.class).single();
    }

    /** A page as the gateway relays it, with the session's CSRF token. */
    private ApiClient.Response underGateway(String path) {
        return api.send("GET", path, workspace.adminToken(), null, null, "X-Naober-Tenant", workspace.slug(),
                "X-Naober-Csrf-Token", "gateway-token");
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
