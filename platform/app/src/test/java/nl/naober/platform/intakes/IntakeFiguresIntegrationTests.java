package nl.naober.platform.intakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.reporting.Figure;
import nl.naober.platform.reporting.FigureQuery;
import nl.naober.platform.reporting.Section;
import nl.naober.tenants.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The WMO intake figures in the reports of last year (so every deadline has passed), on intakes
 * submitted through the API and then dated by hand (the melding date is fixed on submission), with
 * what the municipality did with each written into its delivery row:
 * <pre>
 * Denekamp (Anna)       melding     urgency  life domains                   delivery   investigation completed
 *  D1                   Y-01-10     normal   household, mobility            delivered  Y-02-01 (deadline Y-02-21: in time)
 *  D2                   Y-01-20     normal   household                      delivered  Y-03-15 (deadline ~Y-03-03: late)
 *  D3                   Y-02-01     soon     housing-adaptation             delivered  –       (overdue)
 *  D4                   Y-03-01     urgent   support-guidance, household    failed     –       (overdue)
 *  D5                   Y-03-05     normal   household                      queued     –       (overdue)
 *  D6                   Y-11-25     normal   day-care                       delivered  –       (deadline next year)
 *  D7                   (Y-1)-12-01 normal   household                      delivered  Y-01-05 (deadline Y-01-12: in time)
 *  a draft, its melding date set by hand to Y-01-15, urgent, household: never counts
 * Ootmarsum (Bert)
 *  O1                   Y-04-01     urgent   mobility                       delivered  Y-04-20 (in time)
 * Another municipality: one intake in Y-01-10, delivered, in time: never counts here.
 * </pre>
 * Denekamp in Y: submitted D1–D6 = 6 (normal 4, soon 1, urgent 1); household 4, mobility 1,
 * housing adaptation 1, support and guidance 1, day care 1; delivered 4, queued 1, failed 1;
 * deadlines in Y: D1–D5 and D7 = 6 (in time D1, D7 = 2; late D2 = 1; overdue D3–D5 = 3; running 0).
 * Ootmarsum: 1 submitted (urgent, mobility, delivered), 1 deadline, in time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeFiguresIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String URGENCY = "Wmo-meldingen";
    private static final String DOMAINS = "Wmo-meldingen per levensgebied";
    private static final String DEADLINES = "Wmo-meldingen: onderzoekstermijn (6 weken) in de periode";
    private static final String DELIVERIES = "Wmo-meldingen: aflevering bij de gemeente";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeFigures figures;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;
    Workspace.Colleague policy;
    Workspace other;
    Workspace.Colleague elsewhere;
    int year;

    @BeforeAll
    void seed() {
        api = new ApiClient(port);
        year = today().getYear() - 1;
        workspace = Workspace.create(api, jdbc, "meldingcijfers");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
        policy = workspace.colleague("policy-officer");
        grant(workspace, anna, denekamp);
        grant(workspace, bert, ootmarsum);

        submitted(workspace, anna, denekamp, day(1, 10), "normal", "\"household\", \"mobility\"", "DELIVERED",
                day(2, 1));
        submitted(workspace, anna, denekamp, day(1, 20), "normal", "\"household\"", "DELIVERED", day(3, 15));
        submitted(workspace, anna, denekamp, day(2, 1), "soon", "\"housing-adaptation\"", "DELIVERED", null);
        submitted(workspace, anna, denekamp, day(3, 1), "urgent", "\"support-guidance\", \"household\"", "FAILED",
                null);
        submitted(workspace, anna, denekamp, day(3, 5), "normal", "\"household\"", "QUEUED", null);
        submitted(workspace, anna, denekamp, day(11, 25), "normal", "\"day-care\"", "DELIVERED", null);
        submitted(workspace, anna, denekamp, LocalDate.of(year - 1, 12, 1), "normal", "\"household\"", "DELIVERED",
                day(1, 5));
        String draft = draft(workspace, anna, denekamp, "urgent", "\"household\"");
        jdbc.sql("update " + schema(workspace) + ".intake set melding_date = ? where id = ?")
                .params(day(1, 15), UUID.fromString(draft)).update();
        submitted(workspace, bert, ootmarsum, day(4, 1), "urgent", "\"mobility\"", "DELIVERED", day(4, 20));

        other = Workspace.create(api, jdbc, "meldingelders");
        String village = other.village("Elders");
        elsewhere = other.colleague("supporter", village);
        grant(other, elsewhere, village);
        submitted(other, elsewhere, village, day(1, 10), "normal", "\"household\"", "DELIVERED", day(2, 1));
    }

    @Test
    void theSupportersOwnReportShowsTheIntakeFiguresAsComputedByHand() {
        Map<String, String> lines = lines(report(workspace, denekamp, anna.token()));

        assertThat(lines).containsEntry(URGENCY + "|Urgentie: normaal|Denekamp", "4")
                .containsEntry(URGENCY + "|Urgentie: op korte termijn|Denekamp", "1")
                .containsEntry(URGENCY + "|Urgentie: spoed|Denekamp", "1")
                .containsEntry(URGENCY + "|Totaal|Denekamp", "6")
                .containsEntry(DOMAINS + "|Huishouden|Denekamp", "4")
                .containsEntry(DOMAINS + "|Mobiliteit|Denekamp", "1")
                .containsEntry(DOMAINS + "|Woningaanpassing|Denekamp", "1")
                .containsEntry(DOMAINS + "|Ondersteuning en begeleiding|Denekamp", "1")
                .containsEntry(DOMAINS + "|Dagbesteding|Denekamp", "1")
                .containsEntry(DOMAINS + "|Respijtzorg voor mantelzorgers|Denekamp", "0")
                .containsEntry(DEADLINES + "|Onderzoek binnen de termijn afgerond|Denekamp", "2")
                .containsEntry(DEADLINES + "|Onderzoek na de termijn afgerond|Denekamp", "1")
                .containsEntry(DEADLINES + "|Termijn verstreken, onderzoek niet afgerond|Denekamp", "3")
                .containsEntry(DEADLINES + "|Termijn loopt nog|Denekamp", "0")
                .containsEntry(DEADLINES + "|Totaal|Denekamp", "6")
                .containsEntry(DELIVERIES + "|Wacht op aflevering|Denekamp", "1")
                .containsEntry(DELIVERIES + "|Afgeleverd bij de gemeente|Denekamp", "4")
                .containsEntry(DELIVERIES + "|Aflevering mislukt|Denekamp", "1")
                .containsEntry(DELIVERIES + "|Totaal|Denekamp", "6");
        assertThat(lines.keySet()).as("life domains have no total: an intake may have several")
                .noneMatch(k -> k.startsWith(DOMAINS + "|Totaal"));
        assertThat(lines(report(workspace, ootmarsum, bert.token())))
                .containsEntry(URGENCY + "|Urgentie: spoed|Ootmarsum", "1")
                .containsEntry(URGENCY + "|Totaal|Ootmarsum", "1")
                .containsEntry(DEADLINES + "|Onderzoek binnen de termijn afgerond|Ootmarsum", "1");
    }

    @Test
    void thePdfOfTheReportShowsTheIntakeSectionsWithTheirNumbers() throws IOException {
        HttpResponse<byte[]> pdf = bytes(workspace.base() + "/village-reports/" + denekamp + "/pdf?year=" + year,
                anna.token());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        assertThat(text).contains(URGENCY, DOMAINS, "Wmo-meldingen: aflevering bij de gemeente");
        assertPdfLine(text, "Urgentie: normaal", "Denekamp 4");
        assertPdfLine(text, "Huishouden", "Denekamp 4");
        assertPdfLine(text, "Onderzoek binnen de termijn afgerond", "Denekamp 2");
        assertPdfLine(text, "Termijn verstreken, onderzoek niet afgerond", "Denekamp 3");
        assertPdfLine(text, "Afgeleverd bij de gemeente", "Denekamp 4");
    }

    @Test
    void outsideTheWorkspaceTheIntakeCountsAreSuppressedAndNoTotalGivesThemAway() {
        Map<String, String> dashboard = lines(get(workspace.base() + "/dashboard?year=" + year, policy.token()));

        // urgency: Denekamp 4/1/1 (6), Ootmarsum 0/0/1 (1), the municipality 4/1/2 (7). Every 1–4 is <5;
        // the village totals 6 and <5 with 7 shown would give Ootmarsum's away, so Denekamp's 6 is hidden too
        assertThat(dashboard).containsEntry(URGENCY + "|Urgentie: normaal|Denekamp", "<5")
                .containsEntry(URGENCY + "|Urgentie: normaal|Ootmarsum", "0")
                .containsEntry(URGENCY + "|Urgentie: spoed|Gemeente", "<5")
                .containsEntry(URGENCY + "|Totaal|Ootmarsum", "<5")
                .containsEntry(URGENCY + "|Totaal|Denekamp", "×")
                .containsEntry(URGENCY + "|Totaal|Gemeente", "7")
                .containsEntry(DOMAINS + "|Huishouden|Denekamp", "<5")
                .containsEntry(DEADLINES + "|Termijn verstreken, onderzoek niet afgerond|Denekamp", "<5")
                .containsEntry(DEADLINES + "|Totaal|Denekamp", "×")
                .containsEntry(DEADLINES + "|Totaal|Gemeente", "7")
                .containsEntry(DELIVERIES + "|Afgeleverd bij de gemeente|Gemeente", "5");
        assertThat(dashboard.values()).doesNotContain("6", "4");

        Map<String, String> village = lines(report(workspace, denekamp, policy.token()));
        assertThat(village).as("the village report is cut from the same suppressed table")
                .containsEntry(URGENCY + "|Totaal|Denekamp", "×")
                .containsEntry(URGENCY + "|Urgentie: normaal|Denekamp", "<5");
    }

    @Test
    void draftsAndAnotherMunicipalitysIntakesNeverCount() {
        Map<String, String> own = lines(report(workspace, denekamp, anna.token()));
        assertThat(own).as("the draft is urgent and dated in the year, and not counted")
                .containsEntry(URGENCY + "|Urgentie: spoed|Denekamp", "1");

        Map<String, String> theirs = lines(report(other, elsewhereVillage(), elsewhere.token()));
        assertThat(theirs).containsEntry(URGENCY + "|Totaal|Elders", "1")
                .containsEntry(DEADLINES + "|Onderzoek binnen de termijn afgerond|Elders", "1");
        assertThat(theirs.keySet()).noneMatch(k -> k.contains("Denekamp") || k.contains("Ootmarsum"));

        List<Figure> counted = inTenant(workspace, () -> figures.figures(new FigureQuery(
                Set.of(UUID.fromString(denekamp), UUID.fromString(ootmarsum), UUID.fromString(elsewhereVillage())),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        assertThat(counted).extracting(Figure::village).map(UUID::toString)
                .containsOnly(denekamp, ootmarsum);
        assertThat(counted).allMatch(f -> f.audience() == Figure.Audience.MUNICIPAL);
    }

    @Test
    void thePublicAnnualReportShowsNoIntakeFigures() {
        String slug = api.get(workspace.base() + "/villages/" + denekamp, workspace.adminToken()).json().get("slug")
                .asString();
        ApiClient.Response page = api.get("/publiek/" + workspace.slug() + "/" + slug + "/jaarverslag/" + year, null);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Wmo-meldingen", "Urgentie", "Huishouden", "Termijn");
    }

    @Test
    void anInvestigationDeadlineStillAheadIsRunningAndOnlyOverdueOnceItHasPassed() {
        String id = submitted(workspace, bert, ootmarsum, today(), "soon", "\"other\"", "DELIVERED", null);
        FigureQuery coming = new FigureQuery(Set.of(UUID.fromString(ootmarsum)), today(), today().plusDays(60));

        assertThat(deadlineFigures(coming)).containsEntry("running", 1L).containsEntry("overdue", 0L);

        LocalDate passed = today().minusDays(IntakeFigures.investigationDays() + 1);
        jdbc.sql("update " + schema(workspace) + ".intake set melding_date = ?, consent_given_on = ? where id = ?")
                .params(passed, passed, UUID.fromString(id)).update();
        FigureQuery lately = new FigureQuery(Set.of(UUID.fromString(ootmarsum)), today().minusDays(7), today());
        assertThat(deadlineFigures(lately)).containsEntry("running", 0L).containsEntry("overdue", 1L);
        assertThat(IntakeFigures.investigationDays()).as("six weeks, as StatutoryDeadlines counts them")
                .isEqualTo(42);
    }

    private Map<String, Long> deadlineFigures(FigureQuery query) {
        return inTenant(workspace, () -> figures.figures(query)).stream()
                .filter(f -> f.section() == Section.WMO_INTAKE_DEADLINES)
                .collect(Collectors.toMap(Figure::key, f -> f.value().longValue()));
    }

    private String elsewhereVillage() {
        return elsewhere.villages().getFirst();
    }

    // --- seeding ---

    /** A submitted intake dated {@code melding}, its delivery {@code delivery}, its investigation completed on {@code completed}. */
    private String submitted(Workspace in, Workspace.Colleague supporter, String village, LocalDate melding,
            String urgency, String domains, String delivery, LocalDate completed) {
        String id = draft(in, supporter, village, urgency, domains);
        ApiClient.Response submitted = api.post(in.base() + "/intakes/" + id + "/submission", supporter.token(), """
                {"consent": {"what": "de melding", "recipient": "gemeente", "givenOn": "%s", "form": "written"}}"""
                .formatted(today()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        jdbc.sql("update " + schema(in) + ".intake set melding_date = ?, consent_given_on = ? where id = ?")
                .params(melding, melding, UUID.fromString(id)).update();
        jdbc.sql("update " + schema(in) + ".intake_delivery set status = ?, investigation_completed_on = ?,"
                        + " delivered_at = case when ? = 'DELIVERED' then now() end where intake_id = ?")
                .params(delivery, completed, delivery, UUID.fromString(id)).update();
        return id;
    }

    private String draft(Workspace in, Workspace.Colleague supporter, String village, String urgency, String domains) {
        ApiClient.Response resident = api.post(in.base() + "/residents", supporter.token(),
                "{\"village\": \"" + village + "\", \"name\": \"Johanna Jansen\"}");
        assertThat(resident.status()).as(resident.body()).isEqualTo(201);
        ApiClient.Response contact = api.post(in.base() + "/contacts", supporter.token(), """
                {"channel": "phone", "themes": ["gezondheid"], "route": "wmo", "minutes": 30,
                 "function": "F16", "residentId": "%s"}""".formatted(resident.json().get("id").asString()));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        ApiClient.Response draft = api.post(in.base() + "/intakes", supporter.token(), """
                {"contactId": "%s", "bsn": "111222333", "givenNames": "Johanna", "surname": "Jansen",
                 "dateOfBirth": "1941-05-03", "street": "Brinkstraat", "houseNumber": "12", "postalCode": "7591AB",
                 "city": "Denekamp", "request": "Hulp in huis", "lifeDomains": [%s], "urgency": "%s",
                 "personalPlanIntended": false}""".formatted(contact.json().get("id").asString(), domains, urgency));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().get("id").asString();
    }

    private void grant(Workspace in, Workspace.Colleague supporter, String village) {
        ApiClient.Response granted = api.post(in.base() + "/mandates", in.adminToken(), """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn"], "villages": ["%s"], "validFrom": "%s",
                 "validUntil": "%s", "decisionReference": "B&W 2026/0412"}""".formatted(supporter.memberId(), village,
                today().minusDays(1), today().plusYears(1)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    }

    // --- reading ---

    private JsonNode report(Workspace in, String village, String token) {
        return get(in.base() + "/village-reports/" + village + "?year=" + year, token);
    }

    private JsonNode get(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** "table|row|column" → shown text. */
    private static Map<String, String> lines(JsonNode report) {
        Map<String, String> lines = new LinkedHashMap<>();
        report.get("tables").forEach(table -> table.get("rows").forEach(row -> {
            for (int c = 0; c < row.get("cells").size(); c++) {
                lines.put(table.get("title").asString() + "|" + row.get("label").asString() + "|"
                        + table.get("columns").get(c).asString(), row.get("cells").get(c).get("text").asString());
            }
        }));
        return lines;
    }

    /** A line of the PDF with the label (or, when it wraps, its start) followed by the column and the value. */
    private static void assertPdfLine(String text, String label, String columnAndValue) {
        String start = label.length() > 20 ? label.substring(0, 20) : label;
        assertThat(text.lines().map(l -> l.replaceAll("\\s+", " ").strip()))
                .as(label + " " + columnAndValue)
                .anyMatch(l -> l.startsWith(start) && l.endsWith(" " + columnAndValue));
    }

    private HttpResponse<byte[]> bytes(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T inTenant(Workspace in, java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TenantContext.runAs(TenantId.of(in.slug()), () -> result.set(work.get()));
        return result.get();
    }

    private LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static String schema(Workspace in) {
        return TenantId.of(in.slug()).schema();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
