package nl.naober.platform.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import nl.naober.testing.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public pages of a municipality and its villages, and the supporter's {@code /mijn-profiel}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfilePagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Pages pages;
    Workspace workspace;
    String denekamp;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "dorpspagina");
        pages = new Pages(api, workspace.slug());
        denekamp = workspace.village("Denekamp");
        workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void theMunicipalityPageLinksToEachActiveVillagesPage() {
        String archived = workspace.village("Oud Dorp");
        api.patch(workspace.base() + "/villages/" + archived, workspace.adminToken(), "{\"status\": \"archived\"}");

        ApiClient.Response response = api.get("/publiek/" + workspace.slug(), null);

        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("main nav a").eachAttr("href")).containsExactly(
                "/publiek/" + workspace.slug() + "/denekamp", "/publiek/" + workspace.slug() + "/ootmarsum");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).contains("Gemeente dorpspagina");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/publiek/" + workspace.slug());
    }

    @Test
    void theVillagePageIsIndexableWithOneHeadingLandmarksAndLinksToTheSocialMapAndTheContactForm() {
        ApiClient.Response response = api.get("/publiek/" + workspace.slug() + "/denekamp", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Dorpsondersteuning Denekamp – gemeente Gemeente dorpspagina");
        assertThat(page.select("h1").eachText()).containsExactly("Dorpsondersteuning in Denekamp");
        assertThat(page.select("main")).hasSize(1);
        assertThat(page.select("header")).hasSize(1);
        assertThat(page.select("footer")).hasSize(1);
        assertThat(page.selectFirst("footer").text()).contains("via deze pagina's stuurt",
                "in opdracht van gemeente Gemeente dorpspagina;");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).contains("Denekamp");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("/publiek/" + workspace.slug() + "/denekamp");
        assertThat(page.select("main a").eachAttr("href")).contains(
                "/publiek/" + workspace.slug() + "/denekamp/contact",
                "/publiek/" + workspace.slug() + "/denekamp/sociale-kaart");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        assertThat(page.select("main a").eachAttr("href")).contains(
                "/publiek/" + workspace.slug() + "/denekamp/jaarverslag/" + (year - 1),
                "/publiek/" + workspace.slug() + "/denekamp/jaarverslag/" + year);
        assertThat(page.select("main a").eachText()).contains("Jaarverslag " + year);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("main").text()).contains("Hier komt binnenkort wie de dorpsondersteuner is");
    }

    @Test
    void anUnknownOrArchivedVillageIsTheDutchNotFoundPage() {
        String archived = workspace.village("Oud Dorp");
        api.patch(workspace.base() + "/villages/" + archived, workspace.adminToken(), "{\"status\": \"archived\"}");

        for (String slug : List.of("bestaat-niet", "oud-dorp", "Denekamp")) {
            ApiClient.Response response = api.get("/publiek/" + workspace.slug() + "/" + slug, null);
            assertThat(response.status()).as(slug).isEqualTo(404);
            assertThat(response.body()).as(slug).contains("Deze pagina bestaat niet").doesNotContain("Exception");
        }
    }

    @Test
    void theSupporterEditsAndPublishesHerProfileOnHerPageAndInvalidInputIsShownAgainWith422() {
        Document form = Pages.html(pages.get("/mijn-profiel", anna.token()));
        assertThat(form.getElementById("displayName").val()).isEqualTo("Test");
        assertThat(form.selectFirst("main").text()).contains("Niet gepubliceerd");

        ApiClient.Response refused = pages.post("/mijn-profiel", anna.token(), "displayName=Anna",
                "languages=twents", "phone=", "email=geen-adres", "officeHours=Dinsdag", "published=true");
        assertThat(refused.status()).isEqualTo(422);
        Document again = Pages.html(refused);
        assertThat(again.select("[role=alert] a").eachAttr("href")).containsExactly("#email");
        assertThat(again.getElementById("email").val()).isEqualTo("geen-adres");
        assertThat(again.select("input[name=languages][checked]").eachAttr("value")).containsExactly("twents");
        assertThat(again.getElementById("email-error").text()).contains("geldig e-mailadres");
        assertThat(workspace.count("supporter_profile")).isZero();

        ApiClient.Response saved = pages.post("/mijn-profiel", anna.token(), "displayName=Anna",
                "languages=twents", "phone=0541 512345", "email=", "officeHours=Dinsdag 9-11 uur", "published=true");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).isEqualTo("/mijn-profiel?opgeslagen");
        Document shown = Pages.html(pages.get(saved.header("Location"), anna.token()));
        assertThat(shown.selectFirst("main").text()).contains("Gepubliceerd", "Uw profiel is opgeslagen");
        assertThat(shown.select("main a").eachAttr("href")).contains("/publiek/" + workspace.slug() + "/denekamp");
        assertThat(Jsoup.parse(api.get("/publiek/" + workspace.slug() + "/denekamp", null).body())
                .select("main h3").eachText()).containsExactly("Anna");

        ApiClient.Response withdrawn = pages.post("/mijn-profiel", anna.token(), "displayName=Anna",
                "phone=0541 512345");
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(Jsoup.parse(api.get("/publiek/" + workspace.slug() + "/denekamp", null).body())
                .select("main h3").eachText()).isEmpty();
    }

    @Test
    void thePhotoIsUploadedThroughTheFormAndAWrongFileIsShownAsAnErrorAtTheField() throws Exception {
        HttpResponse<String> wrong = upload("notitie.txt", "text/plain", "geen foto".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrong.body()).getElementById("photo-error").text()).contains("geen bruikbare foto");

        ApiClient.Response noFile = pages.post("/mijn-profiel/foto", anna.token(), "photo=");
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(Jsoup.parse(noFile.body()).getElementById("photo-error").text()).contains("Kies een foto");

        HttpResponse<String> uploaded = upload("anna.png", "image/png", SupporterProfileApiIntegrationTests.png(200, 200));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        Document shown = Pages.html(pages.get("/mijn-profiel", anna.token()));
        assertThat(shown.select("main img").eachAttr("src")).singleElement().asString()
                .startsWith("/publiek/" + workspace.slug() + "/dorpsondersteuners/" + anna.memberId() + "/foto?v=");

        assertThat(pages.post("/mijn-profiel/foto/verwijderen", anna.token()).status()).isEqualTo(302);
        assertThat(Pages.html(pages.get("/mijn-profiel", anna.token())).select("main img")).isEmpty();
    }

    @Test
    void onlyASupporterOpensTheProfilePage() {
        for (String role : List.of("municipal-admin", "sounding-board", "wmo-consultant", "policy-officer")) {
            assertThat(pages.get("/mijn-profiel", TestTokens.of(workspace.slug(), role)).status()).as(role)
                    .isEqualTo(403);
        }
        assertThat(pages.post("/mijn-profiel", TestTokens.of(workspace.slug(), "municipal-admin"),
                "displayName=Anna").status()).isEqualTo(403);
        assertThat(workspace.count("supporter_profile")).isZero();
    }

    private HttpResponse<String> upload(String fileName, String type, byte[] content) throws Exception {
        String boundary = "naober-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/mijn-profiel/foto"))
                .header("Authorization", "Bearer " + anna.token()).header("X-Naober-Tenant", workspace.slug())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
