package nl.naober.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReportFixture data;
    Pages pages;
    Workspace.Colleague policy;
    Workspace.Colleague board;

    @BeforeAll
    void seed() {
        data = new ReportFixture(port, jdbc, "rapportpagina").seeded();
        pages = new Pages(data.api, data.workspace.slug());
        policy = data.workspace.colleague("policy-officer");
        board = data.workspace.colleague("sounding-board", data.denekamp);
    }

    @Test
    void eachRoleFindsItsReportsInItsMenu() {
        assertThat(menu(data.anna.token())).contains("Mijn dorp(en)").doesNotContain("Dashboard", "Subsidie");
        assertThat(menu(board.token())).contains("Rapportage").doesNotContain("Dashboard", "Subsidie");
        assertThat(menu(policy.token())).contains("Dashboard", "Rapportages").doesNotContain("Subsidie");
        assertThat(menu(data.workspace.adminToken())).contains("Rapportages", "Subsidie");

        Document list = Pages.html(ok(pages.get("/rapportages", policy.token())));
        assertThat(list.select("main a").eachText()).contains("Alle dorpen naast elkaar (dashboard)",
                "Rapportage Denekamp " + ReportFixture.year(), "Rapportage Ootmarsum " + ReportFixture.year());
        Document own = Pages.html(ok(pages.get("/rapportages", data.anna.token())));
        assertThat(own.select("main a").eachText()).filteredOn(t -> t.startsWith("Rapportage"))
                .containsExactly("Rapportage Denekamp " + ReportFixture.year());
    }

    @Test
    void theSupporterWritesHerNarrativeOnTheReportPageAndAWrongOneIsShownAgainWith422() {
        Document report = Pages.html(ok(pages.get("/rapportages/" + data.denekamp, data.anna.token())));
        assertThat(report.select("h1").text()).isEqualTo("Verantwoordingsrapportage Denekamp " + ReportFixture.year());
        assertThat(report.getElementById("tekst")).isNotNull();
        assertThat(report.select("svg.naober-bar")).isNotEmpty();
        int rows = data.workspace.count("report_narrative");

        ApiClient.Response refused = pages.post("/rapportages/" + data.denekamp + "/verhaal", data.anna.token(),
                "jaar=" + ReportFixture.year(), "tekst=" + "x".repeat(4001));
        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.title()).startsWith("Fout:");
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactly("#tekst");
        assertThat(html.getElementById("tekst").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.getElementById("tekst-error").text()).contains("hoogstens 4.000 tekens");
        assertThat(data.workspace.count("report_narrative")).isEqualTo(rows);

        ApiClient.Response saved = pages.post("/rapportages/" + data.denekamp + "/verhaal", data.anna.token(),
                "jaar=" + ReportFixture.year(), "tekst=Het dorpshuis is weer open.");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.header("Location")).isEqualTo("/rapportages/" + data.denekamp + "?jaar=" + ReportFixture.year()
                + "&gelukt=verhaal");
        Document after = Pages.html(ok(pages.get(saved.header("Location"), data.anna.token())));
        assertThat(after.select("[role=status]").text()).contains("opgeslagen");
        assertThat(after.getElementById("tekst").text()).isEqualTo("Het dorpshuis is weer open.");
        Document boardView = Pages.html(ok(pages.get("/rapportages/" + data.denekamp, board.token())));
        assertThat(boardView.text()).contains("Het dorpshuis is weer open.").doesNotContain("Open opvolgingen");
        assertThat(boardView.getElementById("tekst")).isNull();
        assertThat(pages.post("/rapportages/" + data.denekamp + "/verhaal", board.token(), "jaar=2026", "tekst=x")
                .status()).isEqualTo(403);
    }

    @Test
    void aVillageSheDoesNotReadOrAYearWithoutAReportIsAPageNotFound() {
        ApiClient.Response other = pages.get("/rapportages/" + data.ootmarsum, data.anna.token());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("Deze rapportage bestaat niet of is niet voor u.").doesNotContain("Ootmarsum");
        assertThat(pages.get("/rapportages/" + data.ootmarsum, board.token()).status()).isEqualTo(404);
        assertThat(pages.get("/rapportages/geen-id", policy.token()).status()).isEqualTo(404);
        assertThat(pages.get("/rapportages/" + data.denekamp + "?jaar=1999", policy.token()).status()).isEqualTo(404);
        assertThat(pages.get("/dashboard", data.anna.token()).status()).isEqualTo(403);
        assertThat(pages.get("/dashboard", board.token()).status()).isEqualTo(403);
        assertThat(pages.get("/rapportages", data.workspace.colleague("wmo-consultant").token()).status()).isEqualTo(403);
    }

    @Test
    void thePublicAnnualReportShowsThePublicFiguresSuppressedAndNothingOfTheSupportersOwn() throws IOException {
        String path = "/publiek/" + data.workspace.slug() + "/denekamp/jaarverslag/" + ReportFixture.year();
        ApiClient.Response page = data.api.get(path, null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Document html = Pages.html(page);
        assertThat(html.select("h1").text()).isEqualTo("Jaarverslag dorpsondersteuning Denekamp " + ReportFixture.year());
        List<String> lines = ReportApiIntegrationTests.htmlLines(html);
        assertThat(lines).contains("Contacten | Denekamp | 15", "Eenzaamheid | Denekamp | 7", "Wonen | Denekamp | <5",
                "Mobiliteit en vervoer | Denekamp | ×", "Signalen afgegeven | Denekamp | <5",
                "Mantelzorgers bereikt | Denekamp | <5");
        assertThat(html.text()).doesNotContain("Open opvolgingen", "Inwoners bereikt", "Doorverwijzingen", "Telefoon",
                "Gerda", "Ootmarsum");

        HttpResponse<byte[]> pdf = data.bytes(path + "/pdf", null, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = ReportApiIntegrationTests.pdfText(document);
            ReportApiIntegrationTests.assertPdfShows(text, lines);
            assertThat(text).doesNotContain("Open opvolgingen", "Gerda");
        }

        assertThat(data.api.get("/publiek/" + data.workspace.slug() + "/bestaat-niet/jaarverslag/2026", null).status())
                .isEqualTo(404);
        assertThat(data.api.get("/publiek/" + data.workspace.slug() + "/denekamp/jaarverslag/1999", null).status())
                .isEqualTo(404);
        assertThat(data.api.get("/publiek/" + data.workspace.slug() + "/denekamp/jaarverslag/abc", null).status())
                .isEqualTo(404);
    }

    @Test
    void theAdministratorSetsTheFundingOnThePageAndAWrongFormIsShownAgainWith422() {
        Document page = Pages.html(ok(pages.get("/subsidie", data.workspace.adminToken())));
        assertThat(page.select("h1").text()).isEqualTo("Subsidie " + ReportFixture.year());
        int rows = data.workspace.count("funding_grant");

        ApiClient.Response refused = pages.post("/subsidie", data.workspace.adminToken(), "dorp=" + data.denekamp,
                "jaar=" + ReportFixture.year(), "toegekend=veel", "urenbudget=", "uurtarief=52,555");
        assertThat(refused.status()).isEqualTo(422);
        Document html = Pages.html(refused);
        assertThat(html.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#toegekend",
                "#urenbudget", "#uurtarief");
        assertThat(html.getElementById("toegekend").val()).isEqualTo("veel");
        assertThat(html.getElementById("uurtarief-error").text()).contains("hoogstens twee cijfers achter de komma");
        assertThat(data.workspace.count("funding_grant")).isEqualTo(rows);

        ApiClient.Response saved = pages.post("/subsidie", data.workspace.adminToken(), "dorp=" + data.denekamp,
                "jaar=" + ReportFixture.year(), "toegekend=45.000", "urenbudget=1.000", "uurtarief=52,50");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Document after = Pages.html(ok(pages.get(saved.header("Location"), data.workspace.adminToken())));
        assertThat(after.text()).contains("De subsidie is opgeslagen.", "€ 45.000,00", "onderbesteding");

        ApiClient.Response cost = pages.post("/subsidie/kosten", data.workspace.adminToken(),
                "kostendorp=" + data.denekamp, "datum=", "omschrijving=", "bedrag=0");
        assertThat(cost.status()).isEqualTo(422);
        assertThat(Pages.html(cost).select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#datum",
                "#omschrijving", "#bedrag");
        assertThat(pages.get("/subsidie", policy.token()).status()).isEqualTo(403);
        assertThat(pages.get("/subsidie", data.anna.token()).status()).isEqualTo(403);
    }

    private List<String> menu(String token) {
        return Pages.html(ok(pages.get("/", token))).select("nav a").eachText();
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
