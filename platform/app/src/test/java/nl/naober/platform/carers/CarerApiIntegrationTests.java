package nl.naober.platform.carers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import jakarta.persistence.Convert;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.csv.CsvWriter;
import nl.naober.platform.privacy.EncryptedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/** The audit log is a mock here, so the tests can see which events the carers module records. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarerApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    AuditLog audit;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "mantelzorg");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void aSupporterRegistersACarerAndTheRegisterShowsInitialsOnly() {
        ApiClient.Response created = api.post(carers(), anna.token(), """
                {"village": "%s", "name": "Jannie Lubbersveld", "contact": "06 12345678",
                 "caresFor": {"relation": "partner"}, "burden": "heavy", "hoursPerWeek": 30,
                 "support": ["respite-care", "peer-group"], "referredToCarerSupport": true, "referredOn": "%s",
                 "startedOn": "%s"}""".formatted(denekamp, today(), today().minusDays(10)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        JsonNode list = api.get(carers(), anna.token()).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("initials").asString()).isEqualTo("J.L.");
        assertThat(list.get(0).get("burden").asString()).isEqualTo("heavy");
        assertThat(list.toString()).doesNotContain("Lubbersveld");

        JsonNode carer = api.get(carers() + "/" + id, anna.token()).json();
        assertThat(carer.get("name").asString()).isEqualTo("Jannie Lubbersveld");
        assertThat(carer.get("village").asString()).isEqualTo(denekamp);
        assertThat(carer.get("relation").asString()).isEqualTo("partner");
        assertThat(carer.get("support").toString()).contains("respite-care", "peer-group");
        assertThat(carer.get("referredToCarerSupport").asBoolean()).isTrue();
        assertThat(carer.get("startedOn").asString()).isEqualTo(today().minusDays(10).toString());
        verify(audit).record(argThat(e -> e.action() == AuditAction.CREATE && e.recordType().equals("carer")));
        verify(audit).record(argThat(e -> e.action() == AuditAction.READ && e.recordType().equals("carer")));
    }

    @Test
    void aCarerMayBeAKnownResidentCaringForAnotherResidentOfHerVillage() {
        String carer = resident(anna, denekamp, "Gerda Nijhuis");
        String mother = resident(anna, denekamp, "Mina Nijhuis");
        String elsewhere = resident(bert, ootmarsum, "Bertus Olde Kalter");

        ApiClient.Response created = api.post(carers(), anna.token(), """
                {"residentId": "%s", "caresFor": {"relation": "parent", "residentId": "%s"}, "burden": "overburdened",
                 "referredToCarerSupport": false}""".formatted(carer, mother));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("village").asString()).isEqualTo(denekamp);
        assertThat(created.json().get("caresForResidentId").asString()).isEqualTo(mother);
        assertThat(api.get(carers(), anna.token()).json().get(0).get("initials").asString()).isEqualTo("G.N.");

        ApiClient.Response wrong = api.post(carers(), anna.token(), """
                {"residentId": "%s", "caresFor": {"relation": "neighbour", "residentId": "%s"}, "burden": "light",
                 "referredToCarerSupport": false}""".formatted(elsewhere, elsewhere));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.invalidFields()).contains("residentId", "caresFor.residentId");
        assertThat(workspace.count("carer")).isEqualTo(1);
    }

    @Test
    void invalidCarersGetDutchMessagesAtTheFieldsAndNothingIsSaved() {
        ApiClient.Response refused = api.post(carers(), anna.token(), """
                {"village": "%s", "caresFor": {"relation": "kat"}, "burden": "zwaar", "hoursPerWeek": 200,
                 "support": ["massage"], "startedOn": "morgen"}""".formatted(ootmarsum));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("village", "name", "caresFor.relation", "burden",
                "hoursPerWeek", "support", "referredToCarerSupport", "startedOn");
        assertThat(refused.body()).contains("U werkt niet in dit dorp", "Vul de naam van de mantelzorger in",
                "geen van de mogelijke keuzes", "van 1 tot en met 168", "mantelzorgondersteuning");

        ApiClient.Response noDate = api.post(carers(), anna.token(), """
                {"name": "Jannie", "caresFor": {"relation": "child"}, "burden": "light", "referredToCarerSupport": true}""");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.invalidFields()).containsExactly("referredOn");
        assertThat(workspace.count("carer")).isZero();
        assertThat(workspace.count("carer_support")).isZero();
    }

    @Test
    void theRegisterIsTheSupportersOfTheVillageAlone() {
        String carer = carer(anna, denekamp, "Jannie Lubbersveld");

        assertThat(api.get(carers() + "/" + carer, bert.token()).status()).isEqualTo(404);
        assertThat(api.post(carers() + "/" + carer + "/appreciations", bert.token(), appreciation(year(), "x", "y"))
                .status()).isEqualTo(404);
        assertThat(api.get(carers(), bert.token()).json()).isEmpty();
        for (String role : List.of("municipal-admin", "sounding-board", "policy-officer", "wmo-consultant")) {
            Workspace.Colleague colleague = role.equals("sounding-board") ? workspace.colleague(role, denekamp)
                    : workspace.colleague(role);
            for (String path : List.of("/carers", "/carers/" + carer)) {
                ApiClient.Response response = api.get(workspace.base() + path, colleague.token());
                assertThat(response.status()).as(role + " " + path).isEqualTo(403);
                assertThat(response.body()).doesNotContain("Lubbersveld");
            }
            if (!role.equals("municipal-admin")) {
                assertThat(api.get(appreciations(), colleague.token()).status()).as(role).isEqualTo(403);
                assertThat(api.get(appreciations() + "/export", colleague.token()).status()).as(role).isEqualTo(403);
            }
        }
        assertThat(api.get(appreciations(), anna.token()).status()).isEqualTo(403);
        assertThat(api.get(appreciations() + "/export", anna.token()).status()).isEqualTo(403);
        assertThat(api.get(carers() + "/%7BcarerId%7D", anna.token()).status()).isEqualTo(400);
    }

    @Test
    void aCarerIsRegisteredForTheAppreciationOnlyWithHerConsentAndOncePerYear() {
        String carer = carer(anna, denekamp, "Jannie Lubbersveld");
        String path = carers() + "/" + carer + "/appreciations";

        ApiClient.Response refused = api.post(path, anna.token(), """
                {"year": %d, "how": "supporter-registered", "postalAddress": "Kerkstraat 1, Denekamp"}""".formatted(year()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("consent.what", "consent.recipient", "consent.givenOn",
                "consent.form");
        ApiClient.Response invalid = api.post(path, anna.token(), """
                {"year": 1999, "how": "per-post", "consent": {"what": "naam", "recipient": "gemeente",
                 "givenOn": "%s", "form": "verbal"}}""".formatted(today()));
        assertThat(invalid.invalidFields()).containsExactlyInAnyOrder("year", "how", "postalAddress");
        assertThat(workspace.count("carer_appreciation")).isZero();

        ApiClient.Response registered = api.post(path, anna.token(), appreciation(year(), "Jannie Lubbersveld",
                "Kerkstraat 1, 7591 AA Denekamp"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("consent").get("recipient").asString()).isEqualTo("Gemeente Dinkelland");
        assertThat(registered.json().get("status").asString()).isEqualTo("registered");
        assertThat(api.post(path, anna.token(), appreciation(year(), "Jannie", "Kerkstraat 1")).status())
                .isEqualTo(409);
        assertThat(api.get(carers() + "/" + carer, anna.token()).json().get("appreciations")).hasSize(1);

        JsonNode list = api.get(appreciations() + "?year=" + year(), workspace.adminToken()).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Jannie Lubbersveld");
        assertThat(list.get(0).get("postalAddress").asString()).isEqualTo("Kerkstraat 1, 7591 AA Denekamp");
        assertThat(list.get(0).get("villageName").asString()).isEqualTo("Denekamp");
        assertThat(list.get(0).get("how").asString()).isEqualTo("supporter-registered");
        assertThat(list.get(0).has("contact")).isFalse();
        assertThat(api.get(appreciations() + "?year=" + (year() - 1), workspace.adminToken()).json()).isEmpty();
        assertThat(api.get(appreciations() + "?year=abc", workspace.adminToken()).status()).isEqualTo(400);
        verify(audit).record(argThat(e -> e.action() == AuditAction.READ && e.recordType().equals("carer-appreciation")));
    }

    @Test
    void theExportIsCsvForDutchExcelWithOnlyThatYearAndMunicipalityAndEveryCarerIsAudited() {
        nominate(carer(anna, denekamp, "Jannie Lubbersveld"), year(), "Jannie Lubbersveld", "Kerkstraat 1, Denekamp");
        nominate(carer(anna, denekamp, "Formule Tester"), year(), "=HYPERLINK(\\\"http://evil\\\")", "@Dorpsstraat 2");
        nominate(carer(bert, ootmarsum, "Piet Snoeier"), year(), "Piet \\\"de Snoeier\\\"; Jansen",
                "Molenweg 3\\nOotmarsum", bert);
        nominate(carer(anna, denekamp, "Vorig Jaar"), year() - 1, "Vorig Jaar", "Oude weg 4");
        Workspace other = Workspace.create(api, jdbc, "mantelzorg-ander");
        Workspace.Colleague elsewhere = other.colleague("supporter", other.village("Losser"));
        String foreign = api.post(other.base() + "/carers", elsewhere.token(), """
                {"name": "Andere Gemeente", "caresFor": {"relation": "friend"}, "burden": "light",
                 "referredToCarerSupport": false}""").json().get("id").asString();
        assertThat(api.post(other.base() + "/carers/" + foreign + "/appreciations", elsewhere.token(),
                appreciation(year(), "Andere Gemeente", "Ergens 5")).status()).isEqualTo(201);

        ApiClient.Response export = api.get(appreciations() + "/export?year=" + year(), workspace.adminToken());

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(export.header("Content-Disposition")).startsWith("attachment").contains(".csv");
        assertThat(export.body()).startsWith("\uFEFF");
        List<List<String>> rows = parse(export.body().substring(1));
        assertThat(rows.getFirst()).containsExactly("Jaar", "Dorp", "Naam", "Postadres", "Aangemeld op", "Aanmelding",
                "Status");
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).allSatisfy(row -> {
            assertThat(row).hasSize(7);
            assertThat(row.get(0)).isEqualTo(String.valueOf(year()));
        });
        assertThat(rows).extracting(row -> row.get(2)).contains("Jannie Lubbersveld",
                "'=HYPERLINK(\"http://evil\")", "Piet \"de Snoeier\"; Jansen");
        assertThat(rows).extracting(row -> row.get(3)).contains("'@Dorpsstraat 2", "Molenweg 3\nOotmarsum");
        assertThat(rows).extracting(row -> row.get(1)).contains("Denekamp", "Ootmarsum");
        assertThat(rows.get(1).get(4)).matches("\\d{2}-\\d{2}-\\d{4}");
        assertThat(rows.get(1).get(5)).isEqualTo("door dorpsondersteuner");
        assertThat(export.body()).doesNotContain("Vorig Jaar", "Andere Gemeente").contains("\r\n");
        verify(audit, times(3)).record(argThat((AuditEvent e) -> e.action() == AuditAction.EXPORT
                && e.recordType().equals("carer-appreciation") && e.basis().equals("consent")));
        verify(audit, atLeastOnce()).record(argThat((AuditEvent e) -> e.action() == AuditAction.CREATE
                && e.recordType().equals("carer-appreciation")));
    }

    @Test
    void aCarersDataIsMappedAsEncryptedColumns() throws NoSuchFieldException {
        for (var field : List.of(Carer.class.getDeclaredField("name"), Carer.class.getDeclaredField("contact"),
                Appreciation.class.getDeclaredField("name"), Appreciation.class.getDeclaredField("postalAddress"))) {
            assertThat(field.getAnnotation(Convert.class)).as(field.toString()).isNotNull();
            assertThat(field.getAnnotation(Convert.class).converter()).isEqualTo(EncryptedText.class);
        }
    }

    @Test
    void csvCellsAreQuotedAndNeutralised() {
        assertThat(CsvWriter.cell("gewoon")).isEqualTo("gewoon");
        assertThat(CsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvWriter.cell("zei \"ja\"")).isEqualTo("\"zei \"\"ja\"\"\"");
        assertThat(CsvWriter.cell("+31 6 123")).isEqualTo("'+31 6 123");
        assertThat(CsvWriter.cell("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.cell("=1+1;x")).isEqualTo("\"'=1+1;x\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    private void nominate(String carer, int year, String name, String address) {
        nominate(carer, year, name, address, anna);
    }

    private void nominate(String carer, int year, String name, String address, Workspace.Colleague supporter) {
        ApiClient.Response registered = api.post(carers() + "/" + carer + "/appreciations", supporter.token(),
                appreciation(year, name, address));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private String appreciation(int year, String name, String address) {
        return """
                {"year": %d, "how": "supporter-registered", "name": "%s", "postalAddress": "%s",
                 "consent": {"what": "naam, postadres en dorp voor de mantelzorgwaardering",
                             "recipient": "Gemeente Dinkelland", "givenOn": "%s", "form": "written"}}"""
                .formatted(year, name, address, today());
    }

    private String carer(Workspace.Colleague supporter, String village, String name) {
        ApiClient.Response created = api.post(carers(), supporter.token(), """
                {"village": "%s", "name": "%s", "caresFor": {"relation": "neighbour"}, "burden": "moderate",
                 "referredToCarerSupport": false}""".formatted(village, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String resident(Workspace.Colleague supporter, String village, String name) {
        ApiClient.Response created = api.post(workspace.base() + "/residents", supporter.token(),
                "{\"village\": \"" + village + "\", \"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** RFC 4180 with {@code ;} between cells: quoted cells may hold separators, quotes and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).as("unterminated last line").isEmpty();
        return rows;
    }

    private String carers() {
        return workspace.base() + "/carers";
    }

    private String appreciations() {
        return workspace.base() + "/carer-appreciations";
    }

    private static int year() {
        return today().getYear();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
