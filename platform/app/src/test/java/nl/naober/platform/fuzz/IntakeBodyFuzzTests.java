package nl.naober.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.naober.platform.fuzz.FuzzHttp.Answer;
import nl.naober.platform.fuzz.FuzzHttp.Body;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz tests for the JSON bodies of the WMO intake endpoints ({@code POST …/intakes},
 * {@code PUT …/intakes/{id}}, {@code POST …/intakes/{id}/submission}) and of the mandates
 * ({@code POST …/mandates}, {@code POST …/mandates/{id}/revocation}), against the real app over
 * HTTP with the real PostgreSQL, the way {@link ApiBodyFuzzTests} does it: for any input a 2xx, or
 * a 4xx in {@code application/problem+json}; never a 5xx or internals in the body; never a
 * half-written row (after a 4xx the intake, its delivery, the mandate and the audit trail are
 * exactly as before; after a 2xx the database holds what the response says). The BSN never comes
 * back in full.
 *
 * <p>A first byte below {@code 0x20} makes {@link HostileJson} build a hostile body from the rest;
 * otherwise the bytes are sent as they are (with this run's ids for {@code $CONTACT},
 * {@code $SUPPORTER}, {@code $VILLAGE}). The test command runs only the committed inputs under
 * {@code src/test/resources/nl/naober/platform/fuzz/IntakeBodyFuzzTestsInputs/<method>/}; fuzzing
 * needs {@code JAZZER_FUZZ=1} (README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBodyFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BSN = "111222333";

    private static final List<String> LEAKS = List.of("exception", "\tat ", "java.", "javax.", "jakarta.",
            "org.springframework", "org.hibernate", "org.postgresql", "org.apache", "tools.jackson",
            "com.fasterxml", "nl.naober", "hikari", "jdbc", "sql", "select ", "insert into", "update intake",
            "constraint \"", "violates", "relation \"", "error:", "caused by", "stacktrace", "trace\"", "syntax");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json", "application/merge-patch+json", "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1", "text/plain", "application/xml");

    private static final List<String> INTAKE_KEYS = List.of("contactId", "bsn", "givenNames", "surnamePrefix",
            "surname", "dateOfBirth", "street", "houseNumber", "postalCode", "city", "request", "lifeDomains",
            "urgency", "personalPlanIntended", "conversationReport");

    /** One municipality, village, supporter with a mandate, resident and contact per test JVM. */
    private static String municipality;
    private static String villageId;
    private static String supporterId;
    private static String supporterToken;
    private static String contactId;
    private static String sharedDraft;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    JdbcTemplate db;

    @BeforeEach
    void setUp() {
        db = new JdbcTemplate(dataSource);
        synchronized (IntakeBodyFuzzTests.class) {
            FuzzHttp.allowLocalhostOnly();
            if (municipality == null) {
                seed();
            }
        }
    }

    private void seed() {
        ApiClient api = new ApiClient(port);
        municipality = Municipalities.register(api, "fuzzmelding");
        ApiClient.Response village = api.post(base() + "/villages", admin(), "{\"name\": \"Fuzzdorp\"}");
        assertThat(village.status()).as(village.body()).isEqualTo(201);
        villageId = village.json().get("id").asString();
        UUID member = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        db.update("insert into " + schema() + ".member (id, identity_id, first_name, last_name, email, role, status,"
                + " invited_at, updated_at) values (?, ?, 'Fuzz', 'Ondersteuner', ?, 'supporter', 'ACTIVE', ?, ?)",
                member, "kc-" + member, member + "@fuzz.example", now, now);
        db.update("insert into " + schema() + ".member_village (member_id, village_id) values (?, ?)", member,
                UUID.fromString(villageId));
        supporterId = member.toString();
        supporterToken = TestTokens.forSubject("kc-" + member, municipality, "supporter");
        ApiClient.Response mandate = api.post(base() + "/mandates", admin(), validMandate());
        assertThat(mandate.status()).as(mandate.body()).isEqualTo(201);
        ApiClient.Response resident = api.post(base() + "/residents", supporterToken,
                "{\"village\": \"" + villageId + "\", \"name\": \"Johanna Jansen\"}");
        assertThat(resident.status()).as(resident.body()).isEqualTo(201);
        ApiClient.Response contact = api.post(base() + "/contacts", supporterToken, """
                {"channel": "phone", "themes": ["gezondheid"], "route": "wmo", "minutes": 30, "function": "F16",
                 "residentId": "%s"}""".formatted(resident.json().get("id").asString()));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        contactId = contact.json().get("id").asString();
        sharedDraft = completeDraft(api);
    }

    @FuzzTest(maxDuration = "3m")
    void createIntake(byte[] input) {
        Body body = body(input, INTAKE_KEYS, IntakeBodyFuzzTests::validIntakeValue);
        long intakes = count("intake");
        long audits = count("audit_event");
        long deliveries = count("intake_delivery");

        Answer answer = send("POST", base() + "/intakes", supporterToken, body);

        assertThat(count("intake_delivery")).as("a draft queues nothing").isEqualTo(deliveries);
        if (answer.status() == 201) {
            assertThat(count("intake")).as("one intake more").isEqualTo(intakes + 1);
            String id = answer.json().get("id").asString();
            assertThat(intake(id).get("status")).isEqualTo("DRAFT");
            assertDraftAsAnswered(id, answer.json());
        } else {
            assertThat(count("intake")).as("no intake after %s", answer).isEqualTo(intakes);
            assertThat(count("audit_event")).as("no audit event after %s", answer).isEqualTo(audits);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void changeIntake(byte[] input) {
        Body body = body(input, INTAKE_KEYS, IntakeBodyFuzzTests::validIntakeValue);
        Map<String, Object> stored = intake(sharedDraft);
        long intakes = count("intake");

        Answer answer = send("PUT", base() + "/intakes/" + sharedDraft, supporterToken, body);

        assertThat(count("intake")).isEqualTo(intakes);
        if (answer.status() == 200) {
            Map<String, Object> now = intake(sharedDraft);
            assertThat(now.get("status")).isEqualTo("DRAFT");
            assertThat((Long) now.get("version")).as("one change").isEqualTo((Long) stored.get("version") + 1);
            assertDraftAsAnswered(sharedDraft, answer.json());
        } else {
            assertThat(intake(sharedDraft)).as("draft unchanged after %s", answer).isEqualTo(stored);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void submitIntake(byte[] input) {
        String draft = completeDraft(new ApiClient(port));
        Body body = body(input, List.of("consent"), (key, variant) -> validConsent(variant));
        Map<String, Object> stored = intake(draft);
        long deliveries = count("intake_delivery");

        Answer answer = send("POST", base() + "/intakes/" + draft + "/submission", supporterToken, body);

        if (answer.status() == 200) {
            Map<String, Object> now = intake(draft);
            assertThat(now.get("status")).isEqualTo("SUBMITTED");
            assertThat(now.get("reference")).isEqualTo(answer.json().get("reference").asString());
            assertThat(now.get("melding_date").toString()).isEqualTo(answer.json().get("meldingDate").asString())
                    .isEqualTo(today().toString());
            assertThat(db.queryForObject("select reference from " + schema()
                    + ".intake_delivery where intake_id = ?::uuid", String.class, draft))
                    .as("queued in the same transaction").isEqualTo(now.get("reference"));
            assertThat(count("intake_delivery")).isEqualTo(deliveries + 1);
            assertThat(answer.body()).doesNotContain(BSN);
        } else {
            assertThat(intake(draft)).as("draft unchanged after %s", answer).isEqualTo(stored);
            assertThat(count("intake_delivery")).as("nothing queued after %s", answer).isEqualTo(deliveries);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void grantMandate(byte[] input) {
        Body body = body(input, List.of("supporterId", "scopes", "villages", "validFrom", "validUntil",
                "decisionReference"), (key, variant) -> switch (key) {
                    case "supporterId" -> "\"" + supporterId + "\"";
                    case "scopes" -> List.of("[\"wmo-intake\"]", "[\"wmo-intake\", \"bsn\", \"conversation-report\"]",
                            "[\" BSN \"]").get(variant % 3);
                    case "villages" -> "[\"" + villageId + "\"]";
                    case "validFrom" -> "\"" + today().minusDays(variant % 3) + "\"";
                    case "validUntil" -> "\"" + today().plusYears(1 + variant % 5) + "\"";
                    case "decisionReference" -> "\"B&W 2026/" + variant + "\"";
                    default -> "null";
                });
        long mandates = count("mandate");
        long links = count("mandate_village");

        Answer answer = send("POST", base() + "/mandates", admin(), body);

        if (answer.status() == 201) {
            assertThat(count("mandate")).isEqualTo(mandates + 1);
            String id = answer.json().get("id").asString();
            Map<String, Object> row = mandate(id);
            assertThat(row.get("decision_reference")).isEqualTo(answer.json().get("decisionReference").asString());
            assertThat(row.get("valid_from").toString()).isEqualTo(answer.json().get("validFrom").asString());
            assertThat(row.get("valid_until").toString()).isEqualTo(answer.json().get("validUntil").asString());
            assertThat(db.queryForObject("select count(*) from " + schema()
                    + ".mandate_village where mandate_id = ?::uuid", Long.class, id))
                    .isEqualTo(answer.json().get("villages").size()).isPositive();
        } else {
            assertThat(count("mandate")).as("no mandate after %s", answer).isEqualTo(mandates);
            assertThat(count("mandate_village")).as("no village link after %s", answer).isEqualTo(links);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void revokeMandate(byte[] input) {
        ApiClient.Response granted = new ApiClient(port).post(base() + "/mandates", admin(), validMandate());
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        String id = granted.json().get("id").asString();
        Body body = body(input, List.of("reason"), (key, variant) -> List.of("\"Einde van de inzet\"",
                "\"  Besluit ingetrokken  \"", "\"" + "r".repeat(500) + "\"").get(variant % 3));
        Map<String, Object> stored = mandate(id);

        Answer answer = send("POST", base() + "/mandates/" + id + "/revocation", admin(), body);

        if (answer.status() == 200) {
            Map<String, Object> now = mandate(id);
            assertThat(now.get("revoked_at")).isNotNull();
            assertThat(now.get("revocation_reason")).isEqualTo(answer.json().get("revocationReason").asString());
            assertThat(answer.json().get("status").asString()).isEqualTo("revoked");
            assertThat(send("POST", base() + "/mandates/" + id + "/revocation", admin(),
                    new Body("{\"reason\": \"nogmaals\"}".getBytes(StandardCharsets.UTF_8), "application/json",
                            "{\"reason\": \"nogmaals\"}")).status()).as("a second revocation").isEqualTo(409);
        } else {
            assertThat(mandate(id)).as("mandate unchanged after %s", answer).isEqualTo(stored);
        }
    }

    // ---- valid values, so the fuzzer reaches the success paths too

    private static String validIntakeValue(String key, int variant) {
        return switch (key) {
            case "contactId" -> "\"" + contactId + "\"";
            case "bsn" -> List.of("\"" + BSN + "\"", "\"111 222 333\"", "\"123456782\"").get(variant % 3);
            case "dateOfBirth" -> List.of("\"1941-05-03\"", "\"2000-02-29\"").get(variant % 2);
            case "houseNumber" -> List.of("\"12\"", "\"12a\"", "\"7-II\"").get(variant % 3);
            case "postalCode" -> List.of("\"7591AB\"", "\"7591 ab\"").get(variant % 2);
            case "lifeDomains" -> List.of("[\"household\"]", "[\"mobility\", \"day-care\"]", "[]",
                    "[\"housing-adaptation\", \"housing-adaptation\"]").get(variant % 4);
            case "urgency" -> List.of("\"normal\"", "\"soon\"", "\"urgent\"").get(variant % 3);
            case "personalPlanIntended" -> variant % 2 == 0 ? "true" : "false";
            default -> List.of("\"Jansen\"", "\"de\"", "\"Hulp in huis, graag snel.\"").get(variant % 3);
        };
    }

    private static String validConsent(int variant) {
        return """
                {"what": "de melding", "recipient": "gemeente", "givenOn": "%s", "form": "%s"}"""
                .formatted(today().minusDays(variant % 3), variant % 2 == 0 ? "verbal" : "written");
    }

    private static String validMandate() {
        return """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn", "conversation-report"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s", "decisionReference": "B&W 2026/0412"}"""
                .formatted(supporterId, villageId, today().minusDays(1), today().plusYears(1));
    }

    /** A draft with everything a submission needs. */
    private String completeDraft(ApiClient api) {
        ApiClient.Response draft = api.post(base() + "/intakes", supporterToken, """
                {"contactId": "%s", "bsn": "%s", "givenNames": "Johanna", "surname": "Jansen",
                 "dateOfBirth": "1941-05-03", "street": "Brinkstraat", "houseNumber": "12", "postalCode": "7591AB",
                 "city": "Denekamp", "request": "Hulp in huis", "lifeDomains": ["household"], "urgency": "normal",
                 "personalPlanIntended": false}""".formatted(contactId, BSN));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().get("id").asString();
    }

    /** What the answer says is what is stored, and the BSN is only ever masked. */
    private void assertDraftAsAnswered(String id, JsonNode answer) {
        assertThat(answer.has("bsn")).as("the BSN never comes back").isFalse();
        JsonNode masked = answer.get("bsnMasked");
        if (masked != null && !masked.isNull()) {
            assertThat(masked.asString()).matches("\\*{6}\\d{3}");
        }
        Map<String, Object> row = intake(id);
        JsonNode urgency = answer.path("urgency");
        assertThat(row.get("urgency") == null ? null : ((String) row.get("urgency")).toLowerCase(Locale.ROOT))
                .isEqualTo(urgency.isString() ? urgency.asString() : null);
        JsonNode plan = answer.path("personalPlanIntended");
        assertThat(row.get("personal_plan_intended")).isEqualTo(plan.isBoolean() ? plan.asBoolean() : null);
        String bsnEnc = (String) row.get("bsn_enc");
        if (bsnEnc != null) {
            assertThat(bsnEnc).as("stored encrypted").doesNotContain(BSN).doesNotContain("123456782");
        }
    }

    // ---- sending and the checks every answer must pass (as in ApiBodyFuzzTests)

    /**
     * A raw input is sent as it is, except that {@code $CONTACT}, {@code $SUPPORTER} and
     * {@code $VILLAGE} become this run's ids (only when the input is valid UTF-8), so readable
     * committed inputs reach the success paths too.
     */
    private static Body body(byte[] input, List<String> keys, HostileJson.ValueHint hint) {
        if (input.length == 0 || input[0] >= 0x20 || input[0] < 0) {
            String text = new String(input, StandardCharsets.UTF_8);
            if (text.contains("$") && java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input)) {
                text = text.replace("$CONTACT", contactId).replace("$SUPPORTER", supporterId)
                        .replace("$VILLAGE", villageId);
                return new Body(text.getBytes(StandardCharsets.UTF_8), "application/json", text);
            }
            return new Body(input, "application/json", text);
        }
        byte[] bytes = HostileJson.body(input, 1, keys, hint);
        return new Body(bytes, CONTENT_TYPES.get(input[0] % CONTENT_TYPES.size()),
                new String(bytes, StandardCharsets.UTF_8));
    }

    private Answer send(String method, String path, String token, Body body) {
        return FuzzHttp.send(port, method, path, token, body, LEAKS);
    }

    // ---- the database, read directly (not through the API under test)

    private long count(String table) {
        return db.queryForObject("select count(*) from " + schema() + "." + table, Long.class);
    }

    /** The stored intake, every column (ciphertexts included: an unchanged row has the same ones). */
    private Map<String, Object> intake(String id) {
        return db.queryForMap("select * from " + schema() + ".intake where id = ?::uuid", id);
    }

    private Map<String, Object> mandate(String id) {
        Map<String, Object> row = db.queryForMap("select * from " + schema() + ".mandate where id = ?::uuid", id);
        row.put("villages", db.queryForList("select village_id::text from " + schema()
                + ".mandate_village where mandate_id = ?::uuid order by 1", String.class, id));
        return row;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static String schema() {
        return "t_" + municipality.replace('-', '_');
    }

    private static String base() {
        return "/api/v1/municipalities/" + municipality;
    }

    private static String admin() {
        return TestTokens.of(municipality, "municipal-admin");
    }
}
