package nl.naober.platform.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import nl.naober.testing.TestTokens;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The social map pages, the start page's stale entries, the public page and the referral form's choice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocialMapPagesIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
        workspace = Workspace.create(api, jdbc, "kaartpagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void anEntryIsSavedFromTheFormFoundWithTheFiltersAndVerifiedWithBijgewerkt() {
        ApiClient.Response saved = pages.post("/sociale-kaart/nieuw", anna.token(), "kind=initiative",
                "name=Repair Café Denekamp", "description=Vrijwilligers repareren spullen.", "categories=vrijwilligerswerk",
                "categories=welzijn-en-ontmoeting", "targetGroups=iedereen", "scope=villages", "villages=" + denekamp,
                "visibility=public", "openingHours=elke eerste zaterdag");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String location = saved.header("Location");
        assertThat(location).contains("/sociale-kaart/").endsWith("?opgeslagen");

        Document list = Pages.html(ok(pages.get("/sociale-kaart?zoek=vrijwilliger&categorie=vrijwilligerswerk&dorp="
                + denekamp, anna.token())));
        assertThat(list.select("main h2 a").eachText()).containsExactly("Repair Café Denekamp");
        assertThat(Pages.html(ok(pages.get("/sociale-kaart?zoek=vrijwilliger&dorp=" + ootmarsum, anna.token())))
                .select("main h2 a")).isEmpty();

        String id = location.replaceAll(".*/sociale-kaart/([^?]+).*", "$1");
        jdbc.sql("update " + schema() + ".social_map_entry set last_verified_at = ? where id = ?::uuid")
                .params(Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), id).update();
        Document stale = Pages.html(ok(pages.get("/sociale-kaart/" + id, anna.token())));
        assertThat(stale.select(".utrecht-status-badge").eachText()).contains("Verouderd");
        assertThat(Pages.html(ok(pages.get("/sociale-kaart?verouderd=ja", anna.token()))).select("main h2 a").eachText())
                .containsExactly("Repair Café Denekamp");

        ApiClient.Response verified = pages.post("/sociale-kaart/" + id + "/bijgewerkt", anna.token());
        assertThat(verified.status()).isEqualTo(302);
        Document after = Pages.html(ok(pages.get("/sociale-kaart/" + id + "?bijgewerkt", anna.token())));
        assertThat(after.select(".utrecht-status-badge").eachText()).doesNotContain("Verouderd");
        assertThat(after.text()).contains("door de dorpsondersteuner");
        assertThat(Pages.html(ok(pages.get("/sociale-kaart/" + id, workspace.colleague("policy-officer").token())))
                .select("form[action$=bijgewerkt]")).as("not hers to verify").isEmpty();
        assertThat(pages.get("/sociale-kaart/" + id, bert.token()).status()).as("not his village").isEqualTo(404);
        assertThat(pages.post("/sociale-kaart/" + id + "/bijgewerkt", bert.token()).status()).isEqualTo(404);
    }

    @Test
    void invalidInputIsShownAgainWithA422TheMessagesAtTheFieldsAndNothingIsSaved() {
        ApiClient.Response refused = pages.post("/sociale-kaart/nieuw", anna.token(), "name=", "website=niet goed",
                "email=geen", "categories=wonen", "villages=" + ootmarsum, "scope=villages");

        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#kind", "#name",
                "#targetGroups", "#email", "#website", "#villages", "#visibility");
        assertThat(html.getElementById("villages-error").text()).contains("Kies alleen uw eigen dorpen");
        assertThat(html.getElementById("website").val()).isEqualTo("niet goed");
        assertThat(html.select("input[name=categories][checked]").eachAttr("value")).containsExactly("wonen");
        assertThat(html.select("input[name=villages]").eachAttr("value")).as("only her villages").containsExactly(denekamp);
        assertThat(workspace.count("social_map_entry")).isZero();

        ApiClient.Response settings = pages.post("/sociale-kaart/instellingen", workspace.adminToken(),
                "staleAfterMonths=veel");
        assertThat(settings.status()).isEqualTo(422);
        assertThat(Pages.html(settings).getElementById("staleAfterMonths-error").text()).contains("1 tot en met 60");
        assertThat(pages.post("/sociale-kaart/instellingen", workspace.adminToken(), "staleAfterMonths=6").status())
                .isEqualTo(302);
    }

    @Test
    void theUploadShowsTheRejectedRowsAndImportsTheValidOnesOnlyWhenConfirmed() {
        String csv = "Soort;Naam;Categorieën;Doelgroepen;Dorpen;Zichtbaarheid\r\n"
                + "Dienst;Dorpsauto;Vervoer;Ouderen;Denekamp;openbaar\r\n"
                + "Dienst;;Vervoer;Ouderen;Denekamp;openbaar\r\n";
        ApiClient.Response uploaded = multipart("/sociale-kaart/importeren", anna.token(), "kaart.csv", csv);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        String report = uploaded.header("Location");
        assertThat(report).contains("/sociale-kaart/importeren/");

        Document shown = Pages.html(ok(pages.get(report, anna.token())));
        assertThat(shown.select("table tbody tr td").eachText()).containsExactly("3", "Naam", "Vul de naam in.");
        assertThat(shown.select("button").eachText()).contains("Importeer de 1 geldige rijen");
        assertThat(workspace.count("social_map_entry")).isZero();

        ApiClient.Response confirmed = pages.post(report + "/bevestigen", anna.token());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.header("Location")).endsWith("/sociale-kaart?geimporteerd=1");
        assertThat(workspace.count("social_map_entry")).isEqualTo(1);

        ApiClient.Response unreadable = multipart("/sociale-kaart/importeren", anna.token(), "kaart.csv",
                "Soort;Naam\r\nDienst;X\r\n");
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(Pages.html(unreadable).getElementById("bestand-error").text()).contains("De kolom „Categorieën” ontbreekt.");
        ApiClient.Response none = multipart("/sociale-kaart/importeren", anna.token(), "leeg.csv", "");
        assertThat(none.status()).isEqualTo(422);
        assertThat(Pages.html(none).getElementById("bestand-error").text()).contains("Kies een CSV-bestand.");
        assertThat(workspace.count("social_map_entry")).isEqualTo(1);
    }

    @Test
    void theSupportersStartPageListsTheStaleEntriesOfHerVillages() {
        String mine = create(anna, "Oude buurtbus", denekamp, "public");
        String others = create(bert, "Oud buurthuis", ootmarsum, "public");
        create(anna, "Nieuw", denekamp, "public");
        for (String id : List.of(mine, others)) {
            jdbc.sql("update " + schema() + ".social_map_entry set last_verified_at = ? where id = ?::uuid")
                    .params(Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)), id).update();
        }

        Document start = Pages.html(ok(pages.get("/", anna.token())));
        assertThat(start.select("#stale-entries-heading").text()).isEqualTo("Sociale kaart bijwerken");
        assertThat(start.select("section[aria-labelledby=stale-entries-heading] li a").eachText())
                .containsExactly("Oude buurtbus");
        assertThat(Pages.html(ok(pages.get("/", workspace.adminToken()))).select("#stale-entries-heading")).isEmpty();
    }

    @Test
    void thePublicPageShowsOnlyPublicEntriesServingTheVillageWithoutLogin() throws Exception {
        create(anna, "Openbare dorpsauto", denekamp, "public");
        create(anna, "Interne werkafspraak", denekamp, "internal");
        create(bert, "Openbaar in Ootmarsum", ootmarsum, "public");
        String slug = jdbc.sql("select slug from " + schema() + ".village where id = ?::uuid").param(denekamp)
                .query(String.class).single();

        HttpResponse<String> page = get("/publiek/" + workspace.slug() + "/" + slug + "/sociale-kaart");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Document html = org.jsoup.Jsoup.parse(page.body());
        assertThat(html.select("main h2").eachText()).containsExactly("Openbare dorpsauto");
        assertThat(page.body()).doesNotContain("Interne werkafspraak").doesNotContain("Ootmarsum");
        HttpResponse<String> searched = get("/publiek/" + workspace.slug() + "/" + slug
                + "/sociale-kaart?zoek=werkafspraak");
        assertThat(searched.body()).doesNotContain("Interne werkafspraak");
        assertThat(get("/publiek/" + workspace.slug() + "/atlantis/sociale-kaart").statusCode()).isEqualTo(404);
    }

    @Test
    void readersSeeTheMapAndOnlyMaintainersReachItsForms() {
        String entry = create(anna, "Dorpsauto", denekamp, "public");
        for (String role : List.of("policy-officer", "sounding-board")) {
            String token = workspace.colleague(role, denekamp).token();
            assertThat(pages.get("/sociale-kaart", token).status()).as(role).isEqualTo(200);
            assertThat(pages.get("/sociale-kaart/" + entry, token).status()).as(role).isEqualTo(200);
            assertThat(pages.get("/sociale-kaart/nieuw", token).status()).as(role).isEqualTo(403);
            assertThat(pages.get("/sociale-kaart/importeren", token).status()).as(role).isEqualTo(403);
            assertThat(pages.post("/sociale-kaart/" + entry + "/bijgewerkt", token).status()).as(role).isEqualTo(403);
        }
        String consultant = TestTokens.of(workspace.slug(), "wmo-consultant");
        assertThat(pages.get("/sociale-kaart", consultant).status()).isEqualTo(403);
        assertThat(pages.get("/sociale-kaart/instellingen", anna.token()).status()).isEqualTo(403);
        assertThat(pages.get("/sociale-kaart/" + entry + "/wijzigen", bert.token()).status()).isEqualTo(404);
        assertThat(Pages.html(ok(pages.get("/sociale-kaart", bert.token()))).select("#dorp option").eachText())
                .as("a supporter filters by her own villages").containsExactly("Maak een keuze", "Ootmarsum");
        assertThat(pages.get("/sociale-kaart/" + entry + "/wijzigen", anna.token()).status()).isEqualTo(200);
        for (String path : List.of("/sociale-kaart/nieuw", "/sociale-kaart/importeren")) {
            Document page = Pages.html(ok(pages.get(path, anna.token())));
            assertThat(page.title()).as(path).isNotBlank();
            assertThat(page.select("html[lang=nl] main h1")).as(path).hasSize(1);
        }
        assertThat(Pages.html(ok(pages.get("/sociale-kaart/instellingen", workspace.adminToken())))
                .getElementById("staleAfterMonths").val()).isEqualTo("12");
    }

    @Test
    void theReferralFormOffersTheEntriesServingTheResidentsVillage() {
        String resident = api.post(workspace.base() + "/residents", anna.token(),
                "{\"village\": \"" + denekamp + "\", \"name\": \"Gerrit Velthuis\"}").json().get("id").asString();
        String serving = create(anna, "Schuldhulpmaatje", denekamp, "internal");
        create(bert, "Buurthuis Ootmarsum", ootmarsum, "public");

        Document form = Pages.html(ok(pages.get("/inwoners/" + resident + "/doorverwijzen", anna.token())));
        assertThat(form.select("select[name=socialMapEntryId] option").eachText()).contains("Schuldhulpmaatje")
                .doesNotContain("Buurthuis Ootmarsum");
        assertThat(form.select("select[name=socialMapEntryId] option[value=" + serving + "]")).hasSize(1);
        Document none = Pages.html(ok(pages.get("/inwoners/" + resident + "/doorverwijzen?kaart=kapper", anna.token())));
        assertThat(none.select("select[name=socialMapEntryId]")).isEmpty();
    }

    private String create(Workspace.Colleague who, String name, String village, String visibility) {
        ApiClient.Response created = api.post(workspace.base() + "/social-map-entries", who.token(), """
                {"kind": "service", "name": "%s", "categories": ["vervoer"], "targetGroups": ["ouderen"],
                 "villages": ["%s"], "visibility": "%s"}""".formatted(name, village, visibility));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String schema() {
        return TenantId.of(workspace.slug()).schema();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file posted from the upload form (multipart), as the gateway forwards it. */
    private ApiClient.Response multipart(String path, String token, String fileName, String content) {
        String boundary = "naober-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("X-Naober-Tenant", workspace.slug())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
