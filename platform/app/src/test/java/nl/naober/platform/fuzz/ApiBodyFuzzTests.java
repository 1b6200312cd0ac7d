package nl.naober.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestIdentifiers;
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
 * Fuzz tests for the JSON bodies (and the status filter) of the main API endpoints, against the
 * real app over HTTP with the real PostgreSQL. For any input the answer is a 2xx, or a 4xx in
 * {@code application/problem+json}: never a 5xx, never a stack trace, class name or SQL in the
 * body, and never a half-written row (after a 4xx the data is exactly as before; after a 2xx the
 * database holds what the response says).
 *
 * <p>An input whose first byte is {@code 0x20} or higher is sent as it is (raw bytes: the committed
 * seeds are readable JSON files); a first byte below {@code 0x20} selects the content type and
 * {@link HostileJson} builds a structured but hostile body from the rest.
 *
 * <p>In the test command only the inputs committed under
 * {@code src/test/resources/nl/naober/platform/fuzz/ApiBodyFuzzTestsInputs/<method>/} run; fuzzing
 * needs {@code JAZZER_FUZZ=1} (see README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBodyFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong UNIQUE = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

    /** Texts that must never reach a client, unless the request itself contained them. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "java.", "javax.", "jakarta.",
            "org.springframework", "org.hibernate", "org.postgresql", "org.apache", "tools.jackson",
            "com.fasterxml", "nl.naober", "hikari", "jdbc", "sql", "select ", "insert into", "update village",
            "constraint \"", "violates", "relation \"", "error:", "caused by", "stacktrace", "trace\"", "syntax");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json", "application/merge-patch+json", "application/json; charset=UTF-8",
            "application/json; charset=ISO-8859-1", "text/plain", "application/xml");

    /** One municipality and one village per test JVM, shared by all fuzz inputs. */
    private static String municipality;
    private static String villageId;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    JdbcTemplate db;

    @BeforeEach
    void setUp() {
        db = new JdbcTemplate(dataSource);
        synchronized (ApiBodyFuzzTests.class) {
            FuzzHttp.allowLocalhostOnly();
            if (municipality == null) {
                ApiClient api = new ApiClient(port);
                municipality = Municipalities.register(api, "fuzz");
                ApiClient.Response village = api.post(villages(), admin(), "{\"name\": \"Fuzzdorp\"}");
                assertThat(village.status()).as(village.body()).isEqualTo(201);
                villageId = village.json().get("id").asString();
            }
        }
    }

    @FuzzTest(maxDuration = "3m")
    void registerMunicipality(byte[] input) {
        Body body = body(input, List.of("slug", "name", "cbsCode", "rsin"), (key, variant) -> switch (key) {
            case "slug" -> "\"fz-" + Long.toString(UNIQUE.incrementAndGet(), 36) + "\"";
            case "name" -> variant % 2 == 0 ? "\"Gemeente Fuzz\"" : "\"  Gemeente Fuzz \"";
            case "cbsCode" -> "\"" + TestIdentifiers.randomCbsCode() + "\"";
            case "rsin" -> "\"" + TestIdentifiers.validRsin() + "\"";
            default -> "null";
        });
        long before = tenantCount();
        Set<String> schemasBefore = tenantSchemas();

        Answer answer = send("POST", "/api/v1/municipalities", platformAdmin(), body);

        if (answer.status() == 201) {
            String slug = answer.json().get("slug").asString();
            assertThat(tenantCount()).as("one registry row more").isEqualTo(before + 1);
            Map<String, Object> row = db.queryForMap("select name, cbs_code, rsin, status from platform.tenant where slug = ?",
                    slug);
            assertThat(row.get("status")).isEqualTo("ACTIVE");
            assertThat(row.get("name")).isEqualTo(answer.json().get("name").asString());
            requestedName(body).ifPresent(name -> assertThat(row.get("name")).as("stored name").isEqualTo(name));
            assertThat(row.get("cbs_code")).isEqualTo(answer.json().get("cbsCode").asString());
            assertThat(row.get("rsin")).isEqualTo(answer.json().get("rsin").asString());
            assertThat(tenantSchemas()).contains("t_" + slug.replace('-', '_'));
        } else {
            assertThat(tenantCount()).as("no registry row after %s", answer).isEqualTo(before);
            assertThat(tenantSchemas()).as("no schema after %s", answer).isEqualTo(schemasBefore);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void createVillage(byte[] input) {
        Body body = body(input, List.of("name", "functions"), (key, variant) -> switch (key) {
            case "name" -> "\"Dorp " + Long.toString(UNIQUE.incrementAndGet(), 36) + "\"";
            case "functions" -> List.of("[]", "[\"F1\"]", "[\"f6\", \" F18 \"]", "[\"F1\",\"F1\"]").get(variant % 4);
            default -> "null";
        });
        long before = villageCount();

        Answer answer = send("POST", villages(), admin(), body);

        if (answer.status() == 201) {
            assertThat(villageCount()).as("one village more").isEqualTo(before + 1);
            assertStored(answer.json());
            requestedName(body).ifPresent(name -> assertThat(village(answer.json().get("id").asString()).get("name"))
                    .as("stored name").isEqualTo(name));
        } else {
            assertThat(villageCount()).as("no village after %s", answer).isEqualTo(before);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void changeVillage(byte[] input) {
        Body body = body(input, List.of("name", "status"), (key, variant) -> switch (key) {
            case "name" -> "\"Fuzzdorp " + Long.toString(UNIQUE.incrementAndGet(), 36) + "\"";
            case "status" -> List.of("\"active\"", "\"archived\"", "\" ARCHIVED \"").get(variant % 3);
            default -> "null";
        });
        long before = villageCount();
        Map<String, Object> stored = village(villageId);

        Answer answer = send("PATCH", villages() + "/" + villageId, admin(), body);

        assertThat(villageCount()).isEqualTo(before);
        if (answer.status() == 200) {
            assertStored(answer.json());
            requestedName(body).ifPresent(name -> assertThat(village(villageId).get("name"))
                    .as("stored name").isEqualTo(name));
        } else {
            assertThat(village(villageId)).as("village unchanged after %s", answer).isEqualTo(stored);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void changeFunctionProfile(byte[] input) {
        Body body = body(input, List.of("functions"), (key, variant) ->
                List.of("[]", "[\"F1\"]", "[\"f6\", \" F18 \"]", "[\"F2\",\"F2\",\"F3\"]").get(variant % 4));
        Map<String, Object> stored = village(villageId);

        Answer answer = send("PUT", villages() + "/" + villageId + "/function-profile", admin(), body);

        if (answer.status() == 200) {
            List<String> functions = new ArrayList<>();
            answer.json().get("functions").forEach(f -> functions.add(f.asString()));
            assertThat(village(villageId).get("functions")).isEqualTo(new TreeSet<>(functions).toString());
        } else {
            assertThat(village(villageId)).as("village unchanged after %s", answer).isEqualTo(stored);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void listVillages(byte[] input) {
        String query;
        if (input.length > 0 && input[0] >= 0 && input[0] < 0x20) {
            // every byte percent-encoded: invalid UTF-8, NUL, repeated parameters
            StringBuilder q = new StringBuilder("status=");
            for (int i = 1; i < input.length; i++) {
                q.append(input[i] == '&' ? "&status=" : String.format("%%%02X", input[i] & 0xff));
            }
            query = q.toString();
        } else {
            query = "status=" + URLEncoder.encode(new String(input, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        // Tomcat refuses a request line over 8 KB itself (HTML 400) before the app sees it; browsers
        // and proxies stop far earlier, so longer queries are out of scope here
        if (query.length() > 6000) {
            int cut = 6000;
            int escape = query.lastIndexOf('%', cut - 1);
            query = query.substring(0, escape > cut - 3 ? escape : cut);
        }
        long before = villageCount();

        Answer answer = send("GET", villages() + "?" + query, admin(),
                new Body(new byte[0], null, query));

        assertThat(villageCount()).isEqualTo(before);
        if (answer.status() == 200) {
            assertThat(answer.json().isArray()).as(answer.toString()).isTrue();
            Set<String> statuses = new TreeSet<>();
            answer.json().forEach(v -> statuses.add(v.get("status").asString()));
            assertThat(statuses).isSubsetOf("active", "archived");
        }
    }

    // ---- sending and the checks every answer must pass

    private static Body body(byte[] input, List<String> keys, HostileJson.ValueHint hint) {
        if (input.length == 0 || input[0] >= 0x20 || input[0] < 0) {
            return new Body(input, "application/json", new String(input, StandardCharsets.UTF_8));
        }
        byte[] bytes = HostileJson.body(input, 1, keys, hint);
        return new Body(bytes, CONTENT_TYPES.get(input[0] % CONTENT_TYPES.size()),
                new String(bytes, StandardCharsets.UTF_8));
    }

    private Answer send(String method, String path, String token, Body body) {
        return FuzzHttp.send(port, method, path, token, body, LEAKS);
    }

    /** The name a JSON body asks for (stripped), read independently of the app; empty when unclear. */
    private static java.util.Optional<String> requestedName(Body body) {
        if (body.contentType() == null || !body.contentType().startsWith("application/")
                || body.contentType().contains("ISO-8859-1")) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode name = JSON.readTree(body.bytes()).get("name");
            return name != null && name.isString() ? java.util.Optional.of(name.asString().strip())
                    : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    // ---- the database, read directly (not through the API under test)

    private long tenantCount() {
        return db.queryForObject("select count(*) from platform.tenant", Long.class);
    }

    private Set<String> tenantSchemas() {
        return new TreeSet<>(db.queryForList(
                "select nspname from pg_namespace where nspname like 't\\_%'", String.class));
    }

    private long villageCount() {
        return db.queryForObject("select count(*) from " + schema() + ".village", Long.class);
    }

    /** The stored village: name, status, version and its functions in code order. */
    private Map<String, Object> village(String id) {
        Map<String, Object> row = db.queryForMap(
                "select name, status, version, updated_at from " + schema() + ".village where id = ?::uuid", id);
        List<String> functions = db.queryForList("select function_code from " + schema()
                + ".village_function where village_id = ?::uuid", String.class, id);
        row.put("functions", new TreeSet<>(functions).toString());
        return row;
    }

    private void assertStored(JsonNode response) {
        Map<String, Object> stored = village(response.get("id").asString());
        assertThat(stored.get("name")).isEqualTo(response.get("name").asString());
        assertThat(((String) stored.get("status")).toLowerCase(Locale.ROOT)).isEqualTo(response.get("status").asString());
        List<String> functions = new ArrayList<>();
        response.get("functions").forEach(f -> functions.add(f.asString()));
        assertThat(stored.get("functions")).isEqualTo(new TreeSet<>(functions).toString());
    }

    private static String schema() {
        return "t_" + municipality.replace('-', '_');
    }

    private static String villages() {
        return "/api/v1/municipalities/" + municipality + "/villages";
    }

    private static String admin() {
        return TestTokens.of(municipality, "municipal-admin");
    }

    private static String platformAdmin() {
        return TestTokens.withoutMunicipality("platform-admin");
    }
}
