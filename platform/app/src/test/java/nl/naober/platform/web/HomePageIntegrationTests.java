package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.tenants.TenantContext;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    ApiClient api;
    String municipality;
    String denekamp;
    String ootmarsum;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        municipality = Municipalities.register(api, "thuis");
        String admin = TestTokens.of(municipality, "municipal-admin");
        String villages = "/api/v1/municipalities/" + municipality + "/villages";
        denekamp = api.post(villages, admin, "{\"name\": \"Denekamp\"}").json().get("id").asString();
        ootmarsum = api.post(villages, admin, "{\"name\": \"Ootmarsum\"}").json().get("id").asString();
    }

    @Test
    void aSupporterSeesTheVillagesSheServes() {
        String subject = UUID.randomUUID().toString();
        registerSupporter(subject, denekamp);

        ApiClient.Response page = page(TestTokens.forSubject(subject, municipality, "supporter"), municipality);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(html.select("h1")).singleElement().extracting(Element::text).isEqualTo("Mijn dorpen");
        assertThat(html.selectFirst("header").text()).contains("Gemeente thuis", "Anna de Vries", "dorpsondersteuner");
        assertThat(html.selectFirst("main").text()).contains("Denekamp", "U werkt nu voor Denekamp")
                .doesNotContain("Ootmarsum");
        // one village: nothing to switch
        assertThat(html.select("form[action$=/dorp-kiezen]")).isEmpty();
    }

    @Test
    void everyPageHasTheLayoutLandmarksStylesAndMenu() {
        ApiClient.Response page = page(TestTokens.of(municipality, "policy-officer"), municipality);

        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("a.utrecht-skip-link").attr("href")).isEqualTo("#main");
        assertThat(html.getElementById("main").select("main")).hasSize(1);
        assertThat(html.select("header, nav, main, footer")).hasSize(4);
        assertThat(html.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/nlds/index.css", "/nlds/theme.css", "/css/naober.css");
        // the WebJar's version is put in by the resource chain, so the browser may cache it for good
        assertThat(html.selectFirst("script[src]").attr("src")).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
        assertThat(html.selectFirst("script[src]").hasAttr("defer")).isTrue();
        // the start page first; the modules' pages for the role follow
        assertThat(html.select("nav a[aria-current]")).hasSize(1);
        Element start = html.select("nav a").first();
        assertThat(start.text()).isEqualTo("Start");
        assertThat(start.attr("href")).isEqualTo("/");
        assertThat(start.attr("aria-current")).isEqualTo("page");
        assertThat(html.selectFirst("footer").text()).contains("Privacy", "Toegankelijkheid", "Gemeente thuis");
        // no primary action without a page for it, and no logout without the gateway's CSRF token
        assertThat(html.select(".naober-primary-action, form[action=/logout]")).isEmpty();
    }

    @Test
    void pagesAreInEnglishWhenTheBrowserAsksForIt() {
        ApiClient.Response page = api.send("GET", "/", TestTokens.of(municipality, "municipal-admin"), null, null,
                "X-Naober-Tenant", municipality, "Accept-Language", "en");

        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Villages of the municipality");
        assertThat(html.selectFirst("a.utrecht-skip-link").text()).isEqualTo("Skip to content");
    }

    @Test
    void aSupporterWithTwoVillagesSwitchesBetweenThemAndTheChoiceIsChecked() {
        String subject = UUID.randomUUID().toString();
        registerSupporter(subject, denekamp, ootmarsum);
        String token = TestTokens.forSubject(subject, municipality, "supporter");

        Document first = Jsoup.parse(page(token, municipality).body());
        assertThat(selectedVillage(first)).isEqualTo("Denekamp"); // her first village, in name order
        assertThat(first.select("form[action=/dorp-kiezen] button[name=village]").eachText())
                .containsExactly("Denekamp", "Ootmarsum");

        ApiClient.Response chosen = api.send("POST", "/dorp-kiezen", token, "village=" + ootmarsum + "&returnTo=/",
                "application/x-www-form-urlencoded", "X-Naober-Tenant", municipality);
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(chosen.header("Location")).isEqualTo("/");
        String cookie = chosen.header("Set-Cookie");
        assertThat(cookie).startsWith("naober-village=" + ootmarsum).contains("Path=/", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure", "Max-Age");

        Document after = Jsoup.parse(pageWithCookie(token, "naober-village=" + ootmarsum).body());
        assertThat(selectedVillage(after)).isEqualTo("Ootmarsum");
        assertThat(after.selectFirst("main").text()).contains("U werkt nu voor Ootmarsum");

        // a village that is not hers is neither set nor honoured
        String other = UUID.randomUUID().toString();
        ApiClient.Response refused = api.send("POST", "/dorp-kiezen", token, "village=" + other + "&returnTo=//evil.example",
                "application/x-www-form-urlencoded", "X-Naober-Tenant", municipality);
        assertThat(refused.header("Set-Cookie")).isNull();
        assertThat(refused.header("Location")).isEqualTo("/");
        assertThat(selectedVillage(Jsoup.parse(pageWithCookie(token, "naober-village=" + other).body())))
                .isEqualTo("Denekamp");
        assertThat(selectedVillage(Jsoup.parse(pageWithCookie(token, "naober-village=kapot").body())))
                .isEqualTo("Denekamp");
    }

    @Test
    void underTheGatewaysPathPrefixLinksRedirectsAndTheCookieCarryThePrefix() {
        String subject = UUID.randomUUID().toString();
        registerSupporter(subject, denekamp, ootmarsum);
        String token = TestTokens.forSubject(subject, municipality, "supporter");
        String prefix = "/g/" + municipality;

        ApiClient.Response page = api.send("GET", "/", token, null, null, "X-Naober-Tenant", municipality,
                "X-Naober-Path-Prefix", prefix, "X-Naober-Csrf-Token", "gateway-token");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).allMatch(href -> href.startsWith(prefix + "/"));
        assertThat(html.selectFirst("script[src]").attr("src")).startsWith(prefix + "/webjars/");
        assertThat(html.selectFirst("nav a").attr("href")).isEqualTo(prefix + "/");
        assertThat(html.selectFirst("form.naober-village-switcher").attr("action")).isEqualTo(prefix + "/dorp-kiezen");
        assertThat(html.selectFirst("form.naober-village-switcher input[name=_csrf]").val()).isEqualTo("gateway-token");
        // the gateway's logout is not under the prefix
        assertThat(html.selectFirst("form.naober-logout").attr("action")).isEqualTo("/logout");
        assertThat(html.selectFirst("form.naober-logout input[name=_csrf]").val()).isEqualTo("gateway-token");
        assertThat(html.selectFirst("body").attr("hx-headers")).isEqualTo("{\"X-CSRF-TOKEN\": \"gateway-token\"}");

        ApiClient.Response chosen = api.send("POST", "/dorp-kiezen", token, "village=" + ootmarsum + "&returnTo=/",
                "application/x-www-form-urlencoded", "X-Naober-Tenant", municipality, "X-Naober-Path-Prefix", prefix);
        assertThat(chosen.header("Location")).isEqualTo(prefix + "/");
        assertThat(chosen.header("Set-Cookie")).contains("Path=" + prefix);
    }

    @Test
    void aPathPrefixForAnotherMunicipalityIsIgnored() {
        ApiClient.Response page = api.send("GET", "/", TestTokens.of(municipality, "municipal-admin"), null, null,
                "X-Naober-Tenant", municipality, "X-Naober-Path-Prefix", "/g/elders");

        assertThat(page.status()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).selectFirst("nav a").attr("href")).isEqualTo("/");
    }

    @Test
    void anAdministratorSeesAllActiveVillages() {
        ApiClient.Response page = page(TestTokens.of(municipality, "municipal-admin"), municipality);

        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.selectFirst("h1").text()).isEqualTo("Dorpen van de gemeente");
        assertThat(html.select("main li").eachText()).containsExactly("Denekamp", "Ootmarsum");
        assertThat(html.selectFirst("header").text()).contains("gemeentelijk beheerder");
        assertThat(html.select("form[action$=/dorp-kiezen]")).isEmpty();
    }

    @Test
    void aPageRoutedToAnotherMunicipalityIsRefused() {
        String other = Municipalities.register(api, "elders");

        ApiClient.Response page = page(TestTokens.of(municipality, "supporter"), other);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Denekamp");
    }

    @Test
    void aPageWithoutAMunicipalityIsNotFound() {
        ApiClient.Response page = api.send("GET", "/", TestTokens.of(municipality, "supporter"), null, null);

        assertThat(page.status()).isEqualTo(404);
    }

    private ApiClient.Response page(String token, String routedMunicipality) {
        return api.sendWithHeaders("GET", "/", token, "X-Naober-Tenant", routedMunicipality);
    }

    private ApiClient.Response pageWithCookie(String token, String cookie) {
        return api.send("GET", "/", token, null, null, "X-Naober-Tenant", municipality, "Cookie", cookie);
    }

    private static String selectedVillage(Document html) {
        return html.selectFirst("form.naober-village-switcher button[aria-current=true]").text();
    }

    private void registerSupporter(String subject, String... villages) {
        TenantContext.runAs(TenantId.of(municipality), () -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID member = UUID.randomUUID();
            jdbc.sql("""
                    insert into member (id, identity_id, first_name, last_name, email, role, status, invited_at,
                                        updated_at) values (?, ?, 'Anna', 'de Vries', ?, 'supporter', 'ACTIVE', ?, ?)""")
                    .params(member, subject, subject + "@example.nl", Timestamp.from(Instant.now()),
                            Timestamp.from(Instant.now())).update();
            for (String village : villages) {
                jdbc.sql("insert into member_village (member_id, village_id) values (?, ?)")
                        .params(member, UUID.fromString(village)).update();
            }
        });
    }
}
