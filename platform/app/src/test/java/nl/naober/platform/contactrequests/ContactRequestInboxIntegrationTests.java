package nl.naober.platform.contactrequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import nl.naober.platform.dataprotection.RetentionRun;
import nl.naober.testing.TestTokens;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supporter's inbox of contact requests: her own villages only, reads audited, retention after handling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactRequestInboxIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRun retention;

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
        workspace = Workspace.create(api, jdbc, "inbox");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void theSupporterOfTheVillageSeesTheRequestReadsItAuditedAndMarksItHandled() {
        send("denekamp", "192.0.2.1", "Gerda Nijhuis");
        send("ootmarsum", "192.0.2.2", "Jan Ootmarsum");

        ApiClient.Response list = api.get(inbox(), anna.token());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("villageName").asString()).isEqualTo("Denekamp");
        assertThat(list.json().get(0).get("handled").asBoolean()).isFalse();
        assertThat(list.body()).doesNotContain("Gerda").doesNotContain("buurvrouw");
        assertThat(audited("READ")).isZero();

        String id = list.json().get(0).get("id").asString();
        ApiClient.Response read = api.get(inbox() + "/" + id, anna.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Gerda Nijhuis");
        assertThat(read.json().get("phone").asString()).isEqualTo("0541 123456");
        assertThat(read.json().get("message").asString()).contains("buurvrouw");
        assertThat(read.json().get("preferredTime").asString()).isEqualTo("na 17.00 uur");
        assertThat(read.json().get("handledAt").isNull()).isTrue();
        assertThat(audited("READ")).isEqualTo(1);

        ApiClient.Response handled = api.post(inbox() + "/" + id + "/handled", anna.token(), "{}");
        assertThat(handled.status()).isEqualTo(200);
        assertThat(handled.json().get("handledAt").isNull()).isFalse();
        assertThat(api.get(inbox(), anna.token()).json().get(0).get("handled").asBoolean()).isTrue();
        assertThat(audited("UPDATE")).isEqualTo(1);
    }

    @Test
    void aRequestOfAnotherVillageIsNotFoundAndOtherRolesAreRefused() {
        send("ootmarsum", "192.0.2.3", "Jan Ootmarsum");
        String id = api.get(inbox(), bert.token()).json().get(0).get("id").asString();

        assertThat(api.get(inbox(), anna.token()).json()).isEmpty();
        ApiClient.Response elsewhere = api.get(inbox() + "/" + id, anna.token());
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain("Jan");
        assertThat(api.post(inbox() + "/" + id + "/handled", anna.token(), "{}").status()).isEqualTo(404);
        ApiClient.Response page = pages.get("/contactverzoeken/" + id, anna.token());
        assertThat(page.status()).isEqualTo(404);
        assertThat(Pages.html(page).selectFirst("h1").text()).isEqualTo("Contactverzoek niet gevonden");
        assertThat(page.body()).doesNotContain("Jan");
        assertThat(pages.get("/contactverzoeken/geen-id", anna.token()).status()).isEqualTo(404);
        for (String role : List.of("municipal-admin", "sounding-board", "wmo-consultant", "policy-officer",
                "privacy-officer")) {
            String token = TestTokens.of(workspace.slug(), role);
            assertThat(api.get(inbox(), token).status()).as(role).isEqualTo(403);
            assertThat(api.get(inbox() + "/" + id, token).status()).as(role).isEqualTo(403);
            assertThat(pages.get("/contactverzoeken", token).status()).as(role).isEqualTo(403);
        }
        assertThat(api.get(inbox(), null).status()).isEqualTo(401);
        assertThat(api.get(inbox(), TestTokens.of("elders", "supporter")).status()).isEqualTo(403);
        assertThat(api.get(inbox() + "/not-a-uuid", bert.token()).status()).isEqualTo(400);
        assertThat(audited("READ")).isZero();
        assertThat(jdbc.sql("select count(*) from " + schema() + ".contact_request where handled_at is not null")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theStartPageAndTheInboxPagesShowNewRequestsAndTheSupporterMarksOneHandled() {
        send("denekamp", "192.0.2.4", "Gerda Nijhuis");
        send("denekamp", "192.0.2.5", null);

        Document start = Pages.html(pages.get("/", anna.token()));
        assertThat(start.getElementById("contact-requests-heading").text()).isEqualTo("Nieuwe contactverzoeken");
        assertThat(start.selectFirst("main").text()).contains("2 nieuwe contactverzoeken").doesNotContain("Gerda");
        assertThat(Pages.html(pages.get("/", bert.token())).selectFirst("main").text())
                .contains("Er zijn geen nieuwe contactverzoeken");

        Document list = Pages.html(pages.get("/contactverzoeken", anna.token()));
        assertThat(list.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Contactverzoeken");
        assertThat(list.select("main .naober-record__title a")).hasSize(2);
        assertThat(list.selectFirst("main").text()).contains("Nieuw", "Denekamp").doesNotContain("Gerda");

        String anonymous = list.select("main .naober-record__title a").first().attr("href");
        Document detail = Pages.html(pages.get(anonymous, anna.token()));
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Anonieme inwoner");
        assertThat(detail.select("main a").eachAttr("href")).contains("/contacten/nieuw");

        ApiClient.Response handled = pages.post(anonymous + "/afgehandeld", anna.token());
        assertThat(handled.status()).isEqualTo(302);
        assertThat(handled.header("Location")).isEqualTo(anonymous + "?afgehandeld");
        Document after = Pages.html(pages.get(handled.header("Location"), anna.token()));
        assertThat(after.selectFirst("main").text()).contains("Het contactverzoek is afgehandeld", "Afgehandeld op");
        assertThat(after.select("main form")).isEmpty();
        assertThat(Pages.html(pages.get("/", anna.token())).selectFirst("main").text())
                .contains("1 nieuw contactverzoek");
    }

    @Test
    void aHandledRequestIsDeletedAfterItsRetentionAndAnUnhandledOneStays() {
        send("denekamp", "192.0.2.6", "Gerda Nijhuis");
        send("denekamp", "192.0.2.7", "Jan Hendriks");
        send("denekamp", "192.0.2.8", "Mina Nijhuis");
        List<UUID> ids = jdbc.sql("select id from " + schema() + ".contact_request order by received_at")
                .query(UUID.class).list();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        handledOn(ids.get(0), today.minusMonths(7));
        handledOn(ids.get(1), today.minusMonths(5));
        jdbc.sql("update " + schema() + ".contact_request set received_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(400L * 24 * 3600)), ids.get(2)).update();

        retention.runFor(TenantId.of(workspace.slug()), today);

        assertThat(jdbc.sql("select id from " + schema() + ".contact_request").query(UUID.class).list())
                .containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        assertThat(jdbc.sql("select count(*) from " + schema() + ".audit_event where action = 'DELETE'"
                + " and record_type = 'contact-request' and basis = 'retention'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(api.get(workspace.base() + "/retention-settings", workspace.adminToken()).body())
                .contains("contact-request");
    }

    private void handledOn(UUID id, LocalDate day) {
        jdbc.sql("update " + schema() + ".contact_request set handled_at = ?, handled_by = ? where id = ?")
                .params(Timestamp.from(day.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant()),
                        UUID.fromString(anna.memberId()), id).update();
    }

    private void send(String village, String address, String name) {
        ApiClient.Response sent = api.send("POST", "/publiek/" + workspace.slug() + "/" + village + "/contact", null,
                ContactFormIntegrationTests.encode("name=" + (name == null ? "" : name), "phone=0541 123456",
                        "message=Mijn buurvrouw is veel alleen.", "preferredTime=na 17.00 uur", "consent=true"),
                "application/x-www-form-urlencoded", "X-Naober-Client-Address", address);
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
    }

    private String inbox() {
        return workspace.base() + "/contact-requests";
    }

    private int audited(String action) {
        return jdbc.sql("select count(*) from " + schema() + ".audit_event where action = ?"
                + " and record_type = 'contact-request'").param(action).query(Integer.class).single();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }
}
