package nl.naober.platform.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The data-subject export: everything kept about one resident, as JSON or as an accessible PDF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,info,retention")
class DataSubjectExportIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    AuditLog audit;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    Workspace.Colleague anna;
    Workspace.Colleague bert;
    String gerda;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "inzage");
        denekamp = workspace.village("Denekamp");
        String ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
        ApiClient.Response first = api.post(workspace.base() + "/contacts", anna.token(), """
                {"date": "%s", "channel": "home-visit", "themes": ["eenzaamheid", "mobiliteit"],
                 "noticedSignals": ["loneliness", "fall-risk"], "route": "volunteer", "minutes": 45, "function": "F3",
                 "summary": "Mevrouw mist haar man; wil graag mee met de koffieochtend.",
                 "resident": {"name": "Gerda Lansink", "phone": "06 1234 5678", "email": "gerda@voorbeeld.nl",
                              "address": "Molenstraat 3, Denekamp"}}""".formatted(today().minusDays(20)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        gerda = first.json().get("resident").get("id").asString();
        assertThat(api.post(workspace.base() + "/contacts", anna.token(), """
                {"date": "%s", "channel": "phone", "themes": ["gezondheid"], "route": "own-network", "minutes": 10,
                 "function": "F3", "summary": "Dochter Ria komt voortaan op dinsdag.", "residentId": "%s"}"""
                .formatted(today(), gerda)).status()).isEqualTo(201);
        assertThat(api.post(export().replace("/data-export", "/care-network"), anna.token(),
                "{\"relation\": \"neighbour\", \"name\": \"Buurvrouw Ans\", \"contact\": \"0541 123456\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void theJsonExportHoldsTheResidentHerContactsAndHerNetwork() {
        ApiClient.Response exported = api.get(export(), anna.token());

        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/json");
        assertThat(exported.header("Content-Disposition")).startsWith("attachment").contains("naober-gegevens-INW-");
        assertThat(exported.header("Cache-Control")).contains("no-store");
        JsonNode document = exported.json();
        assertThat(document.get("subjectType").asString()).isEqualTo("resident");
        assertThat(document.get("subject").get("id").asString()).isEqualTo(gerda);
        assertThat(document.get("municipality").asString()).isEqualTo(workspace.slug());
        JsonNode sections = document.get("sections");
        assertThat(sections).hasSize(4);
        assertThat(sections.get(0).get("key").asString()).isEqualTo("contacts.export.resident");
        assertThat(sections.get(0).get("title").asString()).isEqualTo("Inwoner");
        assertThat(value(sections.get(0), "contacts.export.name")).isEqualTo("Gerda Lansink");
        assertThat(value(sections.get(0), "contacts.export.phone")).isEqualTo("06 1234 5678");
        assertThat(value(sections.get(0), "contacts.export.email")).isEqualTo("gerda@voorbeeld.nl");
        assertThat(value(sections.get(0), "contacts.export.address")).isEqualTo("Molenstraat 3, Denekamp");
        assertThat(value(sections.get(0), "contacts.export.village")).isEqualTo("Denekamp");
        // her history, oldest first, with the summaries and Dutch labels of the coded values
        assertThat(value(sections.get(1), "contacts.export.summary"))
                .isEqualTo("Mevrouw mist haar man; wil graag mee met de koffieochtend.");
        assertThat(value(sections.get(1), "contacts.export.channel")).isEqualTo("Huisbezoek");
        assertThat(value(sections.get(1), "contacts.export.themes")).isEqualTo("Eenzaamheid, Mobiliteit en vervoer");
        assertThat(value(sections.get(1), "contacts.export.noticed-signals")).isEqualTo("Eenzaamheid, Valgevaar");
        assertThat(value(sections.get(2), "contacts.export.summary"))
                .isEqualTo("Dochter Ria komt voortaan op dinsdag.");
        assertThat(sections.get(3).get("key").asString()).isEqualTo("contacts.export.care-network-member");
        assertThat(value(sections.get(3), "contacts.export.name")).isEqualTo("Buurvrouw Ans");
        assertThat(label(sections.get(3), "contacts.export.relation")).isEqualTo("Relatie");
        assertThat(value(sections.get(3), "contacts.export.relation")).isEqualTo("Buur");

        verify(audit).record(argThat(e -> e.action() == AuditAction.EXPORT && e.residentId().toString().equals(gerda)
                && e.recordType().equals("resident") && e.basis().equals("data-subject-request")));
    }

    @Test
    void thePdfExportIsTaggedDutchAndHoldsTheSameData() throws IOException {
        HttpResponse<byte[]> response = getBytes(export(), anna.token(), "application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Gerda Lansink", "06 1234 5678", "Molenstraat 3, Denekamp",
                    "Mevrouw mist haar man; wil graag mee met de koffieochtend.",
                    "Dochter Ria komt voortaan op dinsdag.",
                    "Buurvrouw Ans", "Huisbezoek", "Eenzaamheid, Mobiliteit en vervoer");
            assertThat(text).contains("Gegevens van inwoner INW-", "Inwoner", "Naam", "Telefoon", "Verslag",
                    "Iemand uit het netwerk van de inwoner", "niet ingevuld", "Pagina 1 van");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Gegevens van inwoner INW-");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<PDFont> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
        verify(audit).record(argThat(e -> e.action() == AuditAction.EXPORT && e.detail().contains("pdf")));
    }

    @Test
    void theFormatCanBeAskedForInTheQuery() throws IOException {
        HttpResponse<byte[]> pdf = getBytes(export() + "?format=pdf", anna.token(), "*/*");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        HttpResponse<byte[]> json = getBytes(export(), anna.token(), "*/*");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode english = JsonMapper.builder().build().readTree(api.send("GET", export(), anna.token(), null, null,
                "Accept-Language", "en").body());
        assertThat(english.get("sections").get(0).get("title").asString()).isEqualTo("Resident");

        ApiClient.Response unknown = api.get(export() + "?format=xml", anna.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("format");
        assertThat(unknown.body()).contains("Kies het formaat json of pdf.");
        assertThat(getBytes(export(), anna.token(), "text/csv").statusCode()).isEqualTo(406);
    }

    @Test
    void onlyTheSupporterOfHerVillageMayExportHerData() {
        ApiClient.Response otherVillage = api.get(export(), bert.token());
        assertThat(otherVillage.status()).isEqualTo(404);
        assertThat(otherVillage.body()).doesNotContain("Lansink");
        assertThat(api.get(workspace.base() + "/residents/" + UUID.randomUUID() + "/data-export", anna.token())
                .status()).isEqualTo(404);
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer", "wmo-consultant")) {
            Workspace.Colleague colleague = role.equals("sounding-board") ? workspace.colleague(role, denekamp)
                    : workspace.colleague(role);
            ApiClient.Response refused = api.get(export(), colleague.token());
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Lansink");
        }
        assertThat(api.get(export(), workspace.adminToken()).status()).isEqualTo(403);
        verify(audit, never()).record(argThat(e -> e.action() == AuditAction.EXPORT));
    }

    @Test
    void eachExportIsAudited() {
        api.get(export(), anna.token());
        api.get(export() + "?format=pdf", anna.token());

        verify(audit, times(2)).record(argThat(e -> e.action() == AuditAction.EXPORT));
        verify(audit, never()).record(argThat(e -> e.action() == AuditAction.ANONYMISE));
        verify(audit, org.mockito.Mockito.atLeastOnce()).record(any());
    }

    private HttpResponse<byte[]> getBytes(String path, String token, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String value(JsonNode section, String key) {
        return row(section, key).get("value").asString();
    }

    private static String label(JsonNode section, String key) {
        return row(section, key).get("label").asString();
    }

    private static JsonNode row(JsonNode section, String key) {
        for (JsonNode row : section.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + section);
    }

    private String export() {
        return workspace.base() + "/residents/" + gerda + "/data-export";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
