package nl.naober.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.platform.Pages;
import nl.naober.platform.Workspace;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The reports on a data set whose figures are computed by hand ({@link ReportFixture}): the
 * supporter's own report as it is, everyone else's suppressed, the same texts in JSON, HTML, PDF
 * and XLSX, access per role and village, and bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReportFixture data;
    ApiClient api;
    Workspace.Colleague policy;
    Workspace.Colleague board;
    Workspace.Colleague wmo;

    @BeforeAll
    void seed() {
        data = new ReportFixture(port, jdbc, "rapportage").seeded();
        api = data.api;
        policy = data.workspace.colleague("policy-officer");
        board = data.workspace.colleague("sounding-board", data.denekamp);
        wmo = data.workspace.colleague("wmo-consultant");
    }

    @Test
    void theSupportersOwnReportShowsEveryFigureAsItIs() {
        Map<String, String> lines = lines(get(report(data.denekamp), data.anna.token()));

        assertThat(lines).containsEntry("Contacten|Contacten|Denekamp", "15")
                .containsEntry("Contacten|Inwoners bereikt (bekende inwoners)|Denekamp", "1")
                .containsEntry("Contacten|Open opvolgingen|Denekamp", "1")
                .containsEntry("Contacten per thema|Eenzaamheid|Denekamp", "7")
                .containsEntry("Contacten per thema|Wonen|Denekamp", "2")
                .containsEntry("Contacten per thema|Mantelzorg|Denekamp", "1")
                .containsEntry("Contacten per thema|Mobiliteit en vervoer|Denekamp", "6")
                .containsEntry("Contacten per manier van contact|Telefoon|Denekamp", "12")
                .containsEntry("Contacten per manier van contact|Huisbezoek|Denekamp", "2")
                .containsEntry("Contacten per manier van contact|Spreekuur|Denekamp", "1")
                .containsEntry("Contacten per manier van contact|Totaal|Denekamp", "15")
                .containsEntry("Contacten per route (van eigen kracht tot Wmo)|Meteen opgelost|Denekamp", "6")
                .containsEntry("Contacten per route (van eigen kracht tot Wmo)|Vrijwilliger|Denekamp", "1")
                .containsEntry("Uren per hoofdfunctie|A Centrale vraagbaak|Denekamp", "5,5")
                .containsEntry("Uren per hoofdfunctie|B Bevordering van de sociale cohesie|Denekamp", "1,0")
                .containsEntry("Uren per hoofdfunctie|Totaal|Denekamp", "6,5")
                .containsEntry("Signalen|Signalen afgegeven|Denekamp", "1")
                .containsEntry("Signalen|Waarvan beantwoord|Denekamp", "0")
                .containsEntry("Doorverwijzingen en hun uitkomst|Verstuurd|Denekamp", "1")
                .containsEntry("Mantelzorgers|Mantelzorgers bereikt|Denekamp", "1")
                .containsEntry("Mantelzorgers|Waarvan zwaar of overbelast|Denekamp", "1");
        assertThat(lines.keySet()).anyMatch(k -> k.startsWith("Uren per functie van het functieprofiel|F1 "));
        assertThat(lines.entrySet()).filteredOn(e -> e.getKey().startsWith("Uren per functie van het functieprofiel|F1 "))
                .extracting(Map.Entry::getValue).containsExactly("4,0");
        assertThat(lines.keySet()).noneMatch(k -> k.contains("Ootmarsum"));
    }

    @Test
    void hoursPerFunctionListEveryFunctionOfTheVillagesProfileAlsoWithoutHours() {
        Map<String, String> denekamp = lines(get(report(data.denekamp), data.anna.token()));
        assertThat(denekamp.entrySet()).filteredOn(e -> e.getKey().startsWith("Uren per functie van het functieprofiel|F2 "))
                .extracting(Map.Entry::getValue).containsExactly("0,0");

        // a municipality of its own, so this village does not change the other tests' figures
        ReportFixture other = new ReportFixture(port, jdbc, "functies");
        String lattrop = other.workspace.village("Lattrop");
        ApiClient.Response profile = api.put(other.workspace.base() + "/villages/" + lattrop + "/function-profile",
                other.workspace.adminToken(), "{\"functions\": [\"F1\", \"F6\"]}");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        Workspace.Colleague carla = other.workspace.colleague("supporter", lattrop);
        other.contact(carla, "[\"eenzaamheid\"]", "phone", "own-network", 30, "F1", ReportFixture.day(1), "");

        Map<String, String> rows = lines(get(other.workspace.base() + "/village-reports/" + lattrop, carla.token()));
        assertThat(rows.keySet()).filteredOn(k -> k.startsWith("Uren per functie van het functieprofiel|F"))
                .extracting(k -> k.split("\\|")[1].split(" ")[0]).containsExactlyInAnyOrder("F1", "F6");
        assertThat(rows.entrySet()).filteredOn(e -> e.getKey().startsWith("Uren per functie van het functieprofiel|F"))
                .extracting(Map.Entry::getValue).containsExactlyInAnyOrder("0,5", "0,0");
    }

    @Test
    void outsideTheWorkspaceCountsBelowFiveAreHiddenAndNoTotalGivesThemAway() {
        Map<String, String> dashboard = lines(get(data.workspace.base() + "/dashboard", policy.token()));

        assertThat(dashboard)
                .containsEntry("Contacten per thema|Eenzaamheid|Denekamp", "7")
                .containsEntry("Contacten per thema|Eenzaamheid|Ootmarsum", "9")
                .containsEntry("Contacten per thema|Eenzaamheid|Gemeente", "16")
                .containsEntry("Contacten per thema|Wonen|Denekamp", "<5")
                .containsEntry("Contacten per thema|Wonen|Ootmarsum", "0")
                .containsEntry("Contacten per thema|Wonen|Gemeente", "<5")
                // 6 + 3 = 9: with only the 3 hidden, 9 − 6 would give it away
                .containsEntry("Contacten per thema|Mobiliteit en vervoer|Ootmarsum", "<5")
                .containsEntry("Contacten per thema|Mobiliteit en vervoer|Denekamp", "×")
                .containsEntry("Contacten per thema|Mobiliteit en vervoer|Gemeente", "9")
                .containsEntry("Contacten per manier van contact|Huisbezoek|Denekamp", "<5")
                .containsEntry("Contacten per manier van contact|Spreekuur|Denekamp", "<5")
                .containsEntry("Contacten per manier van contact|Telefoon|Gemeente", "24")
                .containsEntry("Contacten per manier van contact|Totaal|Denekamp", "15")
                .containsEntry("Contacten|Contacten|Gemeente", "27")
                .containsEntry("Contacten|Inwoners bereikt (bekende inwoners)|Denekamp", "<5")
                .containsEntry("Signalen|Signalen afgegeven|Denekamp", "<5")
                .containsEntry("Doorverwijzingen en hun uitkomst|Verstuurd|Denekamp", "<5")
                .containsEntry("Uren per hoofdfunctie|A Centrale vraagbaak|Ootmarsum", "3,0")
                .containsEntry("Contacten per kwartaal|Heel het jaar|Denekamp", "15")
                .containsEntry("Contacten per kwartaal|Heel het jaar|Gemeente", "27");
        assertThat(dashboard.keySet()).noneMatch(k -> k.contains("Open opvolgingen"));
        assertThat(dashboard.values()).noneMatch(v -> v.equals("1") || v.equals("2") || v.equals("3") || v.equals("4"));
        assertThat(recomputation(get(data.workspace.base() + "/dashboard", policy.token())).recovered())
                .as("hidden numbers worked back from the dashboard").isEmpty();

        // the sounding board gets the same pattern for its village: combining views reveals nothing more
        Map<String, String> village = lines(get(report(data.denekamp), board.token()));
        assertThat(village).containsEntry("Contacten per thema|Mobiliteit en vervoer|Denekamp", "×")
                .containsEntry("Contacten per thema|Wonen|Denekamp", "<5")
                .containsEntry("Contacten per manier van contact|Totaal|Denekamp", "15");
        assertThat(village.keySet()).noneMatch(k -> k.contains("Open opvolgingen") || k.contains("Ootmarsum"));
    }

    @Test
    void aTotalHiddenInOneSectionIsHiddenInEverySectionWithTheSameTotal() {
        // a municipality of its own: per channel Denekamp's 7 phone contacts must go (3 + 7 = 10
        // would give Ootmarsum's 3 away) and with them Denekamp's total, which the contacts, the
        // routes (all own network) and the quarters would otherwise show as 7
        ReportFixture shared = new ReportFixture(port, jdbc, "gedeeld");
        for (int i = 0; i < 7; i++) {
            shared.contact(shared.anna, "[\"eenzaamheid\"]", "phone", "own-network", 10, "F1", ReportFixture.today(), "");
        }
        for (int i = 0; i < 3; i++) {
            shared.contact(shared.bert, "[\"eenzaamheid\"]", "phone", "own-network", 10, "F1", ReportFixture.today(), "");
        }
        for (int i = 0; i < 6; i++) {
            shared.contact(shared.bert, "[\"eenzaamheid\"]", "home-visit", "own-network", 10, "F1",
                    ReportFixture.today(), "");
        }
        Workspace.Colleague officer = shared.workspace.colleague("policy-officer");
        JsonNode dashboard = get(shared.workspace.base() + "/dashboard", officer.token());
        Map<String, String> lines = lines(dashboard);

        assertThat(lines).containsEntry("Contacten per manier van contact|Telefoon|Ootmarsum", "<5")
                .containsEntry("Contacten per manier van contact|Telefoon|Denekamp", "×")
                .containsEntry("Contacten per manier van contact|Huisbezoek|Denekamp", "0")
                .containsEntry("Contacten per manier van contact|Totaal|Denekamp", "×")
                .containsEntry("Contacten per route (van eigen kracht tot Wmo)|Totaal|Denekamp", "×")
                .containsEntry("Contacten|Contacten|Denekamp", "×")
                .containsEntry("Contacten per kwartaal|Heel het jaar|Denekamp", "×");
        assertThat(recomputation(dashboard).recovered()).as("hidden numbers worked back from the dashboard").isEmpty();

        // the public annual report is cut from the same pattern, so it does not show the total either
        ApiClient.Response page = api.get("/publiek/" + shared.workspace.slug() + "/denekamp/jaarverslag/"
                + ReportFixture.year(), null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(htmlLines(Pages.html(page))).contains("Contacten | Denekamp | ×");
    }

    /**
     * Everything a reader of the dashboard knows: each row adds up to the municipality's column, the
     * rows of a section with a total row add up to it, and the sections (and the quarters) that
     * count the same contacts or intakes show the same total.
     */
    static Recomputation recomputation(JsonNode report) {
        Recomputation known = new Recomputation();
        Map<String, List<String>> totals = new LinkedHashMap<>();
        report.get("tables").forEach(table -> {
            String section = table.get("section").asString();
            int columns = table.get("columns").size();
            List<String> totalRow = null;
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode row : table.get("rows")) {
                List<String> keys = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    String key = section + "|" + row.get("label").asString() + "|" + c;
                    JsonNode value = row.get("cells").get(c).get("value");
                    known.position(key, value == null || value.isNull() ? null : value.decimalValue());
                    keys.add(key);
                }
                known.sum(keys.subList(0, columns - 1), keys.get(columns - 1));
                if (row.get("total").asBoolean()) {
                    totalRow = keys;
                } else {
                    rows.add(keys);
                }
                if (section.equals("contacts") && row.get("label").asString().equals("Contacten")) {
                    totals.put(section, keys);
                }
            }
            if (totalRow != null) {
                for (int c = 0; c < columns; c++) {
                    int column = c;
                    known.sum(rows.stream().map(r -> r.get(column)).toList(), totalRow.get(c));
                }
                totals.put(section, totalRow);
            }
        });
        for (List<String> group : List.of(List.of("contacts", "contacts-by-channel", "contacts-by-route",
                "contacts-per-quarter"), List.of("wmo-intakes", "wmo-intake-deliveries"))) {
            List<List<String>> present = group.stream().filter(totals::containsKey).map(totals::get).toList();
            for (int i = 1; i < present.size(); i++) {
                for (int c = 0; c < present.get(0).size(); c++) {
                    known.same(present.get(0).get(c), present.get(i).get(c));
                }
            }
        }
        return known;
    }

    @Test
    void thePdfTheXlsxAndThePageShowTheSameFiguresAsTheReport() throws IOException {
        JsonNode report = get(report(data.denekamp), data.anna.token());
        List<String> expected = new ArrayList<>();
        report.get("tables").forEach(table -> table.get("rows").forEach(row -> {
            for (int c = 0; c < row.get("cells").size(); c++) {
                expected.add(row.get("label").asString() + " | " + table.get("columns").get(c).asString() + " | "
                        + row.get("cells").get(c).get("text").asString());
            }
        }));
        assertThat(expected).contains("Eenzaamheid | Denekamp | 7", "Telefoon | Denekamp | 12",
                "A Centrale vraagbaak | Denekamp | 5,5", "Urgentie: spoed | Denekamp | 1", "Mobiliteit | Denekamp | 1",
                "Wacht op aflevering | Denekamp | 1");

        HttpResponse<byte[]> pdf = data.bytes(report(data.denekamp) + "/pdf", data.anna.token(), null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = ReportApiIntegrationTests.pdfText(document);
            assertPdfShows(text, expected);
            assertThat(text).contains("Verantwoordingsrapportage Denekamp " + ReportFixture.year(), "Contacten per thema");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Verantwoordingsrapportage Denekamp " + ReportFixture.year());
        }

        HttpResponse<byte[]> xlsx = data.bytes(report(data.denekamp) + "/xlsx", data.anna.token(), null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportDownloads.XLSX);
        assertThat(xlsxLines(xlsx.body())).containsAll(expected);

        ApiClient.Response page = new Pages(api, data.workspace.slug())
                .get("/rapportages/" + data.denekamp, data.anna.token());
        assertThat(page.status()).isEqualTo(200);
        assertThat(htmlLines(Pages.html(page))).containsAll(expected);
    }

    @Test
    void theDashboardsPdfXlsxAndPageAgreeOnEverySuppressedCell() throws IOException {
        JsonNode report = get(data.workspace.base() + "/dashboard", policy.token());
        List<String> expected = new ArrayList<>();
        report.get("tables").forEach(table -> table.get("rows").forEach(row -> {
            for (int c = 0; c < row.get("cells").size(); c++) {
                expected.add(row.get("label").asString() + " | " + table.get("columns").get(c).asString() + " | "
                        + row.get("cells").get(c).get("text").asString());
            }
        }));
        assertThat(expected).contains("Mobiliteit en vervoer | Denekamp | ×", "Wonen | Denekamp | <5",
                "Urgentie: spoed | Denekamp | <5", "Urgentie: spoed | Ootmarsum | 0", "Huishouden | Gemeente | <5");

        HttpResponse<byte[]> pdf = data.bytes(data.workspace.base() + "/dashboard/pdf", policy.token(), null);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertPdfShows(ReportApiIntegrationTests.pdfText(document), expected);
        }
        HttpResponse<byte[]> xlsx = data.bytes(data.workspace.base() + "/dashboard/xlsx", policy.token(), null);
        assertThat(xlsxLines(xlsx.body())).containsAll(expected);
        ApiClient.Response page = new Pages(api, data.workspace.slug()).get("/dashboard", policy.token());
        assertThat(page.status()).isEqualTo(200);
        assertThat(htmlLines(Pages.html(page))).containsAll(expected);
    }

    @Test
    void eachReaderReadsOnlyHerVillagesAndTheDashboardIsForPolicyAndTheAdministrator() {
        assertThat(api.get(report(data.ootmarsum), data.anna.token()).status()).isEqualTo(404);
        assertThat(api.get(report(data.ootmarsum) + "/pdf", data.anna.token()).status()).isEqualTo(404);
        assertThat(api.get(report(data.ootmarsum), board.token()).status()).isEqualTo(404);
        assertThat(api.get(report(data.denekamp), board.token()).status()).isEqualTo(200);
        assertThat(api.get(report(data.ootmarsum), policy.token()).status()).isEqualTo(200);
        assertThat(api.get(report(data.ootmarsum), data.workspace.adminToken()).status()).isEqualTo(200);
        assertThat(api.get(report(data.denekamp), wmo.token()).status()).isEqualTo(403);
        assertThat(api.get(report(java.util.UUID.randomUUID().toString()), policy.token()).status()).isEqualTo(404);
        for (String token : List.of(data.anna.token(), board.token(), wmo.token())) {
            assertThat(api.get(data.workspace.base() + "/dashboard", token).status()).isEqualTo(403);
            assertThat(api.get(data.workspace.base() + "/dashboard/xlsx", token).status()).isEqualTo(403);
        }
        assertThat(api.get(data.workspace.base() + "/dashboard", data.workspace.adminToken()).status()).isEqualTo(200);

        // a policy officer of another municipality never sees this one's figures
        Workspace other = Workspace.create(api, jdbc, "anderegemeente");
        Workspace.Colleague foreignPolicy = other.colleague("policy-officer");
        ApiClient.Response foreign = api.get(data.workspace.base() + "/dashboard", foreignPolicy.token());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("Denekamp");
        ApiClient.Response own = api.get(other.base() + "/dashboard", foreignPolicy.token());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("Denekamp", "Ootmarsum");
    }

    @Test
    void aYearThatIsNoYearOfAReportIsRefusedAtTheYear() {
        for (String year : List.of("abc", "1999", String.valueOf(ReportFixture.year() + 1))) {
            ApiClient.Response refused = api.get(report(data.denekamp) + "?year=" + year, data.anna.token());
            assertThat(refused.status()).as(year).isEqualTo(400);
            assertThat(refused.invalidFields()).containsExactly("year");
            assertThat(refused.body()).contains("Kies een jaar van 2000 tot en met " + ReportFixture.year());
        }
        assertThat(api.get(data.workspace.base() + "/dashboard?year=x", policy.token()).status()).isEqualTo(400);
        assertThat(api.get(report(data.denekamp) + "?year=" + (ReportFixture.year() - 1), data.anna.token()).json()
                .get("tables")).isEmpty();
    }

    @Test
    void theSupporterWritesHerNarrativeAndOnlySheDoes() {
        String narrative = data.workspace.base() + "/village-reports/" + data.ootmarsum + "/narrative";
        int rows = data.workspace.count("report_narrative");
        ApiClient.Response refused = api.put(narrative, data.bert.token(),
                "{\"year\": 1999, \"text\": \"" + "x".repeat(4001) + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("year", "text");
        assertThat(refused.body()).contains("hoogstens 4.000 tekens", "Kies een jaar van 2000 tot en met");
        ApiClient.Response missing = api.put(narrative, data.bert.token(), "{\"text\": \"Goed jaar\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Kies het jaar van de rapportage.");
        assertThat(data.workspace.count("report_narrative")).isEqualTo(rows);

        assertThat(api.put(narrative, data.anna.token(), body("Niet mijn dorp")).status()).isEqualTo(404);
        assertThat(api.put(narrative, policy.token(), body("Beleid")).status()).isEqualTo(403);
        ApiClient.Response written = api.put(narrative, data.bert.token(), body("Een goed jaar voor Ootmarsum."));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(get(report(data.ootmarsum), policy.token()).get("narrative").asString())
                .isEqualTo("Een goed jaar voor Ootmarsum.");
        String stored = jdbc.sql("select text_enc from " + nl.naober.kernel.TenantId.of(data.workspace.slug()).schema()
                + ".report_narrative").query(String.class).single();
        assertThat(stored).doesNotContain("Ootmarsum").startsWith("v1.");

        assertThat(api.put(narrative, data.bert.token(), body("")).status()).isEqualTo(200);
        assertThat(get(report(data.ootmarsum), policy.token()).get("narrative").isNull()).isTrue();
    }

    @Test
    void thePlatformAdministratorSeesFiguresPerMunicipalityWithoutPersonalData() {
        ApiClient.Response figures = api.get("/api/v1/platform-figures", Municipalities.platformAdmin());
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode municipality : figures.json()) {
            if (municipality.get("slug").asString().equals(data.workspace.slug())) {
                mine = municipality;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("villages").asLong()).isEqualTo(2);
        assertThat(mine.get("activeSupporters").asLong()).isEqualTo(2);
        assertThat(mine.get("contacts")).hasSize(12);
        JsonNode thisMonth = mine.get("contacts").get(11);
        assertThat(thisMonth.get("month").asString()).isEqualTo(java.time.YearMonth.from(ReportFixture.today()).toString());
        // the fixture's 27 contacts fall in one or two months depending on today's date: compare every
        // month with the database, a month of 1–4 contacts shown as "<5" without its count
        String schema = nl.naober.kernel.TenantId.of(data.workspace.slug()).schema();
        long sum = 0;
        for (JsonNode month : mine.get("contacts")) {
            java.time.YearMonth shownMonth = java.time.YearMonth.parse(month.get("month").asString());
            long stored = jdbc.sql("select count(*) from " + schema + ".contact where contact_date between ? and ?")
                    .params(shownMonth.atDay(1), shownMonth.atEndOfMonth()).query(Long.class).single();
            sum += stored;
            if (stored > 0 && stored < 5) {
                assertThat(month.get("count").isNull()).as(month.toString()).isTrue();
                assertThat(month.get("shown").asString()).isEqualTo("<5");
            } else {
                assertThat(month.get("count").asLong()).as(month.toString()).isEqualTo(stored);
                assertThat(month.get("shown").asString()).isEqualTo(String.valueOf(stored));
            }
        }
        assertThat(sum).isEqualTo(27);
        assertThat(figures.body()).doesNotContain("Gerda", "Denekamp");
        assertThat(api.get("/api/v1/platform-figures", data.workspace.adminToken()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/platform-figures", policy.token()).status()).isEqualTo(403);
    }

    /** The PDF's text line by line as it is laid out (a wrapped label's first line holds its column and value). */
    static String pdfText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /**
     * Each expected "label | column | value" is a line of the PDF; a long label wraps, so its first
     * line ends with the column and value and the rest of the label follows on the next lines.
     */
    static void assertPdfShows(String text, List<String> expected) {
        List<String> pdfLines = text.lines().map(l -> l.replaceAll("\\s+", " ").strip()).toList();
        String flat = text.replaceAll("\\s+", " ");
        for (String line : expected) {
            String[] parts = line.split(" \\| ");
            String end = " " + parts[1] + " " + parts[2];
            String start = parts[0].length() > 20 ? parts[0].substring(0, 20) : parts[0];
            assertThat(pdfLines).as(line).anyMatch(l -> l.startsWith(start) && l.endsWith(end)
                    && (l.equals(parts[0] + end) || parts[0].startsWith(l.substring(0, l.length() - end.length()))));
            assertThat(flat).as(line).contains(parts[0].split(" ")[0]);
        }
    }

    private static String body(String text) {
        return "{\"year\": " + ReportFixture.year() + ", \"text\": \"" + text + "\"}";
    }

    private String report(String village) {
        return data.workspace.base() + "/village-reports/" + village;
    }

    private JsonNode get(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** "table|row|column" → shown text. */
    static Map<String, String> lines(JsonNode report) {
        Map<String, String> lines = new LinkedHashMap<>();
        report.get("tables").forEach(table -> table.get("rows").forEach(row -> {
            for (int c = 0; c < row.get("cells").size(); c++) {
                lines.put(table.get("title").asString() + "|" + row.get("label").asString() + "|"
                        + table.get("columns").get(c).asString(), row.get("cells").get(c).get("text").asString());
            }
        }));
        return lines;
    }

    /** Every row of the sheet as "label | column | value". */
    static List<String> xlsxLines(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                lines.add(String.join(" | ", cells));
            }
        }
        return lines;
    }

    /** Every row of every table of the page as "label | column | value". */
    static List<String> htmlLines(Document page) {
        List<String> lines = new ArrayList<>();
        for (Element table : page.select("table.naober-report-table")) {
            List<String> columns = table.select("thead th").eachText();
            for (Element row : table.select("tbody tr")) {
                String label = row.selectFirst("th").text();
                List<String> cells = row.select("td.naober-number").eachText();
                for (int c = 0; c < cells.size(); c++) {
                    lines.add(label + " | " + columns.get(c + 1) + " | " + cells.get(c));
                }
            }
        }
        return lines;
    }
}
