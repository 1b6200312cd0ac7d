package nl.naober.platform.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CSV import in two steps and the export, from the outside. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocialMapImportIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String HEADER = "Soort;Naam;Omschrijving;Categorieën;Doelgroepen;Telefoon;E-mail;Website;"
            + "Adres;Openingstijden;Dorpen;Zichtbaarheid;Bron;Laatst gecontroleerd\r\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "kaartcsv");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
    }

    @Test
    void aFileWhoseRowsAreAllValidIsImportedAtOnceWithLabelsOrCodes() {
        Answer imported = upload(anna.token(), utf8(HEADER
                + "Dienst;Vervoersdienst;Vrijwilligers rijden;Vervoer|vrijwilligerswerk;Ouderen;0541 123456;;;;;Denekamp;openbaar;folder;2026-01-15\r\n"
                + "organisation;Schuldhulpmaatje;\"Hulp bij geldzaken; gratis\";financien;iedereen;;info@shm.example;shm.example;;;Hele gemeente;Intern;;\r\n"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("status").asString()).isEqualTo("imported");
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        assertThat(workspace.count("social_map_entry")).isEqualTo(2);
        JsonNode found = api.get(workspace.base() + "/social-map-entries?q=geldzaken", anna.token()).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("description").asString()).isEqualTo("Hulp bij geldzaken; gratis");
        assertThat(found.get(0).get("wholeMunicipality").asBoolean()).isTrue();
        assertThat(found.get(0).get("visibility").asString()).isEqualTo("internal");
        JsonNode transport = api.get(workspace.base() + "/social-map-entries?q=vervoersdienst", anna.token()).json().get(0);
        assertThat(transport.get("lastVerifiedOn").asString()).isEqualTo("2026-01-15");
        assertThat(transport.get("kind").asString()).isEqualTo("service");
    }

    @Test
    void rejectedRowsAreReportedWithLineColumnAndReasonAndTheValidRowsWaitForAConfirmation() {
        Answer checked = upload(anna.token(), utf8(HEADER
                + "Dienst;Goede rij;;Vervoer;Ouderen;;;;;;Denekamp;openbaar;;\r\n"
                + "Dienst;;;Kroegen;Ouderen;;;;;;Denekamp;openbaar;;\r\n"
                + "Dienst;Verkeerd dorp;;Wonen;Iedereen;;;;;;Atlantis;openbaar;;\r\n"
                + "Dienst;\"Met een\r\nregeleinde\";;Wonen;Iedereen;;;;;;Ootmarsum;openbaar;;\r\n"
                + "Dienst;Nog een goede;;Wonen;Iedereen;;;;;;Denekamp|Hele gemeente;intern;;\r\n"
                + "Dienst;Te kort\r\n"
                + "Dienst;Laatste goede;;Wonen;Iedereen;;;;;;denekamp;intern;;\r\n"));

        assertThat(checked.status()).as(checked.body()).isEqualTo(201);
        JsonNode report = checked.json();
        assertThat(report.get("status").asString()).isEqualTo("pending");
        assertThat(report.get("validRows").asInt()).isEqualTo(2);
        List<String> rejected = new ArrayList<>();
        report.get("rejected").forEach(r -> rejected.add(r.get("line").asInt() + "/" + r.get("column").asString()));
        assertThat(rejected).containsExactly("3/Naam", "3/Categorieën", "4/Dorpen", "5/Dorpen", "7/Dorpen", "8/");
        assertThat(checked.body()).contains("Onbekend dorp „Atlantis”").contains("Kies alleen uw eigen dorpen")
                .contains("Deze rij heeft 2 kolommen en de kopregel 14.");
        assertThat(workspace.count("social_map_entry")).as("nothing imported before the confirmation").isZero();
        String pending = workspace.base() + "/social-map-imports/" + report.get("id").asString();
        assertThat(checked.header("Location")).endsWith(pending.substring(pending.indexOf("/api")));

        // only its uploader sees and finishes it
        Workspace.Colleague colleague = workspace.colleague("supporter", denekamp);
        assertThat(api.get(pending, colleague.token()).status()).isEqualTo(404);
        assertThat(api.post(pending + "/confirmation", colleague.token(), "").status()).isEqualTo(404);
        assertThat(api.get(pending, anna.token()).json().get("rejected")).hasSize(6);

        ApiClient.Response confirmed = api.post(pending + "/confirmation", anna.token(), "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("imported").asInt()).isEqualTo(2);
        assertThat(workspace.count("social_map_entry")).isEqualTo(2);
        assertThat(workspace.count("social_map_import")).isZero();
        assertThat(api.post(pending + "/confirmation", anna.token(), "").status()).as("only once").isEqualTo(404);
        assertThat(workspace.count("social_map_entry")).isEqualTo(2);
    }

    @Test
    void aPendingImportCanBeDiscardedAndThenImportsNothing() {
        JsonNode report = upload(anna.token(), utf8(HEADER + "Dienst;Goed;;Wonen;Iedereen;;;;;;Denekamp;openbaar;;\r\n"
                + "Dienst;Fout;;Wonen;Iedereen;;;;;;Denekamp;openbaar;;morgen\r\n")).json();
        String pending = workspace.base() + "/social-map-imports/" + report.get("id").asString();

        assertThat(api.delete(pending, anna.token()).status()).isEqualTo(204);
        assertThat(api.post(pending + "/confirmation", anna.token(), "").status()).isEqualTo(404);
        assertThat(workspace.count("social_map_entry")).isZero();
        assertThat(workspace.count("social_map_import")).isZero();
    }

    @Test
    void aFileThatCannotBeReadOrHasNoValidRowIsRefusedWithEveryProblemAndNothingIsSaved() {
        assertRefused(upload(anna.token(), new byte[0]), "Het bestand is leeg.");
        assertRefused(upload(anna.token(), (HEADER + "Dienst;Caf\u00e9;;Wonen;Iedereen;;;;;;Denekamp;openbaar;;\r\n")
                .getBytes(Charset.forName("windows-1252"))), "Het bestand is geen UTF-8");
        assertRefused(upload(anna.token(), utf8("Soort;Naam;Kleur\r\nDienst;X;rood\r\n")),
                "Onbekende kolom „Kleur”", "De kolom „Categorieën” ontbreekt.", "De kolom „Dorpen” ontbreekt.");
        assertRefused(upload(anna.token(), utf8(HEADER)), "alleen een kopregel");
        assertRefused(upload(anna.token(), utf8(HEADER + "Dienst;\"niet gesloten;;Wonen\r\n")),
                "Regel 2: een aanhalingsteken wordt niet gesloten.");
        assertRefused(upload(anna.token(), utf8(HEADER + "x".repeat(2 * 1024 * 1024))), "groter dan 2 MB");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 1001; i++) {
            many.append("Dienst;Rij ").append(i).append(";;Wonen;Iedereen;;;;;;Denekamp;openbaar;;\r\n");
        }
        assertRefused(upload(anna.token(), utf8(many.toString())), "meer dan 1000 rijen");

        Answer noValidRow = upload(anna.token(), utf8(HEADER + "Dienst;;;Wonen;Iedereen;;;;;;Denekamp;openbaar;;\r\n"));
        assertRefused(noValidRow, "geen enkele goede rij", "Vul de naam in.");
        assertThat(noValidRow.json().get("invalidParams").get(1).get("name").asString()).isEqualTo("rows[2].Naam");
        assertThat(workspace.count("social_map_entry")).isZero();
        assertThat(workspace.count("social_map_import")).isZero();
    }

    @Test
    void theExportIsExcelReadyAndImportsAgainAsItWas() {
        String body = """
                {"kind": "facility", "name": "=HYPERLINK(\\"x\\")", "description": "Spreekuur; \\"gratis\\"\\nelke week",
                 "categories": ["informatie-en-advies", "wonen"], "targetGroups": ["ouderen", "nieuwkomers"],
                 "phone": "+31 541 123", "villages": ["%s"], "visibility": "public", "source": "-eigen waarneming"}"""
                .formatted(denekamp);
        assertThat(api.post(workspace.base() + "/social-map-entries", anna.token(), body).status()).isEqualTo(201);

        ApiClient.Response export = api.get(workspace.base() + "/social-map-entries/export", anna.token());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("sociale-kaart-" + workspace.slug() + ".csv");
        assertThat(export.body()).startsWith("\uFEFF" + HEADER.strip());
        assertThat(export.body()).contains("\r\nVoorziening;\"'=HYPERLINK(\"\"x\"\")\";\"Spreekuur; \"\"gratis\"\"\nelke week\";"
                + "Informatie en advies|Wonen;Nieuwkomers|Ouderen;'+31 541 123;;;;;Denekamp;Openbaar;'-eigen waarneming;");

        Answer again = upload(anna.token(), export.body().getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("imported").asInt()).isEqualTo(1);
        ApiClient.Response twice = api.get(workspace.base() + "/social-map-entries/export", anna.token());
        String[] lines = twice.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEqualTo(lines[1]);
    }

    @Test
    void commasAndNoByteOrderMarkAreReadToo() {
        Answer imported = upload(anna.token(), utf8("Soort,Naam,Categorieen,Doelgroepen,Dorpen,Zichtbaarheid\n"
                + "Vereniging,\"Zang, en dans\",Cultuur en vrije tijd,Iedereen,Denekamp,openbaar\n"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(api.get(workspace.base() + "/social-map-entries", anna.token()).json().get(0).get("name").asString())
                .isEqualTo("Zang, en dans");
    }

    @Test
    void onlySupportersAndTheAdministratorImport() {
        byte[] file = utf8(HEADER + "Dienst;Goed;;Wonen;Iedereen;;;;;;Hele gemeente;openbaar;;\r\n");
        for (String role : List.of("policy-officer", "sounding-board", "wmo-consultant", "privacy-officer")) {
            assertThat(upload(TestTokens.of(workspace.slug(), role), file).status()).as(role).isEqualTo(403);
        }
        assertThat(upload(workspace.adminToken(), file).status()).isEqualTo(201);
        assertThat(workspace.count("social_map_entry")).isEqualTo(1);
    }

    private void assertRefused(Answer answer, String... messages) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains(messages);
        assertThat(workspace.count("social_map_entry")).isZero();
        assertThat(workspace.count("social_map_import")).isZero();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    record Answer(int status, String contentType, String body, String location) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }

        String header(String name) {
            return location;
        }
    }

    private Answer upload(String token, byte[] file) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + workspace.base()
                        + "/social-map-imports")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
