package nl.naober.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz test of the social map's CSV import, against the real app over HTTP with the real
 * PostgreSQL. For any file the answer is a 2xx or a 4xx in {@code application/problem+json}: never
 * a 5xx, never internals in the body, and never a half-written set of rows. An upload that is
 * refused changes nothing; one that imports adds exactly the rows it says; one that waits adds one
 * pending import and no entry, and confirming it adds exactly its valid rows (or nothing, 409).
 *
 * <p>An input whose first byte is {@code 0x20} or higher (or a byte of a multi-byte character) is
 * uploaded as it is; a first byte below {@code 0x20} builds a CSV file from the rest: separator,
 * byte order mark, a header of known, unknown and repeated columns, rows of cells from a list of
 * hostile and valid values.
 *
 * <p>In the test command only the inputs committed under
 * {@code src/test/resources/nl/naober/platform/fuzz/SocialMapImportFuzzTestsInputs/upload/} run;
 * fuzzing needs {@code JAZZER_FUZZ=1} (see README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SocialMapImportFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Texts that must never reach a client, unless the file itself contained them. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "java.", "jakarta.", "org.springframework",
            "org.hibernate", "org.postgresql", "tools.jackson", "nl.naober", "hikari", "jdbc", "sql", "select ",
            "insert into", "constraint \"", "violates", "relation \"", "caused by", "stacktrace");

    private static final List<String> COLUMNS = List.of("Soort", "Naam", "Omschrijving", "Categorieën", "Doelgroepen",
            "Telefoon", "E-mail", "Website", "Adres", "Openingstijden", "Dorpen", "Zichtbaarheid", "Bron",
            "Laatst gecontroleerd", "categorieen", " NAAM ", "Kleur", "", "\"Naam\"", "Dorpen;x");

    private static final List<String> CELLS = List.of("Dienst", "organisation", "Vereniging", "kroeg", "", " ",
            "Fuzzdorp", "fuzzdorp", "Hele gemeente", "Hele gemeente|Fuzzdorp", "Atlantis", "Wonen", "wonen|vervoer",
            "Vervoer|", "|", "Ouderen", "iedereen", "openbaar", "Intern", "public", "2026-01-01", "2999-01-01",
            "morgen", "0541 123456", "bel me", "info@example.nl", "www.example.nl", "http://", "'=1+1", "=1+1",
            "\"", "\"\"", "a\"b", ";", ",", "\r\n", "\n", "\r", "\u0000", "\uFEFF", "é", "\uD83D\uDE00",
            "x".repeat(201), "y".repeat(2001), "Ω≈ç√∫", "'", "-", "@SUM(A1)");

    /** One municipality with one village per test JVM, shared by all inputs. */
    private static String municipality;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    JdbcTemplate db;

    @BeforeEach
    void setUp() {
        db = new JdbcTemplate(dataSource);
        synchronized (SocialMapImportFuzzTests.class) {
            FuzzHttp.allowLocalhostOnly();
            if (municipality == null) {
                ApiClient api = new ApiClient(port);
                municipality = Municipalities.register(api, "fuzzkaart");
                ApiClient.Response village = api.post("/api/v1/municipalities/" + municipality + "/villages",
                        TestTokens.of(municipality, "municipal-admin"), "{\"name\": \"Fuzzdorp\"}");
                assertThat(village.status()).as(village.body()).isEqualTo(201);
            }
        }
    }

    @FuzzTest(maxDuration = "3m")
    void upload(byte[] input) {
        byte[] file = input.length > 0 && input[0] >= 0 && input[0] < 0x20 ? structured(input) : input;
        long entriesBefore = count("social_map_entry");
        long pendingBefore = count("social_map_import");

        Answer answer = send("POST", "/social-map-imports", file);

        if (answer.status() == 201 && answer.json().get("status").asString().equals("imported")) {
            assertThat(count("social_map_entry")).as("rows imported by %s", answer)
                    .isEqualTo(entriesBefore + answer.json().get("imported").asInt());
            assertThat(count("social_map_import")).isEqualTo(pendingBefore);
        } else if (answer.status() == 201) {
            int valid = answer.json().get("validRows").asInt();
            assertThat(valid).isPositive();
            assertThat(answer.json().get("rejected")).isNotEmpty();
            assertThat(count("social_map_entry")).as("nothing imported before the confirmation").isEqualTo(entriesBefore);
            assertThat(count("social_map_import")).isEqualTo(pendingBefore + 1);
            Answer confirmed = send("POST", "/social-map-imports/" + answer.json().get("id").asString()
                    + "/confirmation", new byte[0]);
            if (confirmed.status() == 200) {
                assertThat(confirmed.json().get("imported").asInt()).isEqualTo(valid);
                assertThat(count("social_map_entry")).as("valid rows of %s", answer).isEqualTo(entriesBefore + valid);
                assertThat(count("social_map_import")).isEqualTo(pendingBefore);
            } else {
                assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(409);
                assertThat(count("social_map_entry")).isEqualTo(entriesBefore);
            }
        } else {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(count("social_map_entry")).as("nothing saved after %s", answer).isEqualTo(entriesBefore);
            assertThat(count("social_map_import")).as("nothing pending after %s", answer).isEqualTo(pendingBefore);
        }
    }

    /** A CSV file built from the fuzzer's bytes: mostly well-formed, with hostile cells and columns. */
    static byte[] structured(byte[] input) {
        int[] at = {1};
        java.util.function.IntSupplier next = () -> at[0] < input.length ? input[at[0]++] & 0xff : 0;
        int flags = input[0];
        char separator = (flags & 1) == 0 ? ';' : ',';
        String lineEnd = (flags & 2) == 0 ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder((flags & 4) == 0 ? "\uFEFF" : "");
        int columns = 1 + next.getAsInt() % 16;
        for (int c = 0; c < columns; c++) {
            int pick = next.getAsInt();
            // the first columns are mostly the required ones, in order
            String name = pick < 160 && c < 14 ? COLUMNS.get(c) : COLUMNS.get(pick % COLUMNS.size());
            text.append(c > 0 ? String.valueOf(separator) : "").append(quoteSometimes(name, separator, pick));
        }
        text.append(lineEnd);
        int rows = next.getAsInt() % 8;
        for (int r = 0; r < rows; r++) {
            int cells = (next.getAsInt() % 5 == 0) ? next.getAsInt() % 20 : columns;
            for (int c = 0; c < cells; c++) {
                int pick = next.getAsInt();
                String cell = CELLS.get(pick % CELLS.size());
                text.append(c > 0 ? String.valueOf(separator) : "").append(quoteSometimes(cell, separator, pick));
            }
            text.append(lineEnd);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return (flags & 8) == 0 ? bytes : java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - next.getAsInt() % 7));
    }

    private static String quoteSometimes(String value, char separator, int pick) {
        boolean needs = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs && pick % 3 != 0 ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + abbreviate(body);
        }
    }

    private Answer send(String method, String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/municipalities/" + municipality + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                // one uploader for all inputs: a pending import is only its uploader's to confirm
                .header("Authorization", "Bearer " + TestTokens.forSubject("fuzz-admin", municipality, "municipal-admin"))
                .header("Content-Type", "text/csv")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("%s %s failed: %s", method, path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
        Answer answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
        String sent = abbreviate(new String(body, StandardCharsets.UTF_8));
        assertThat(answer.status()).as("status for %s: %s", sent, answer).isBetween(200, 499);
        if (answer.status() >= 300) {
            assertThat(answer.contentType()).as("%s: %s", sent, answer).startsWith("application/problem+json");
            JsonNode problem = answer.json();
            assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
            assertThat(problem.get("title").asString()).isNotBlank();
        } else {
            assertThat(answer.contentType()).as("%s: %s", sent, answer).startsWith("application/json");
        }
        String lowerBody = answer.status() >= 400 ? answer.body().toLowerCase(Locale.ROOT) : "";
        String lowerRequest = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (lowerBody.contains(leak) && !lowerRequest.contains(leak)) {
                fail("%s: the answer gives away internals (%s): %s", sent, leak, answer);
            }
        }
        return answer;
    }

    private long count(String table) {
        return db.queryForObject("select count(*) from " + TenantId.of(municipality).schema() + "." + table, Long.class);
    }

    /** Printable ASCII as is, everything else escaped, cut at 300 characters: safe in any report. */
    private static String abbreviate(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c)
                : String.format("\\u{%x}", c)));
        return text.length() > 300 ? out + "… (" + text.length() + " chars)" : out.toString();
    }
}
