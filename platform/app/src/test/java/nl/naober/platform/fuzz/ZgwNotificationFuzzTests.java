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
import java.util.UUID;
import javax.sql.DataSource;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.testing.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz test of the ZGW notification webhook's body (issue #9 item 2), against the real app over HTTP
 * with the right notification token, so every input reaches the body's checks. For any input the
 * answer is 204, or a 4xx in {@code application/problem+json}: never a 5xx, never internals in the
 * body, and the municipality's deliveries stay as they were (no case system is ever asked: it has
 * no zaak of Naober, and its configured address answers nothing).
 *
 * <p>An input whose first byte is {@code 0x20} or higher is sent as it is; a lower first byte selects
 * the content type and {@link HostileJson} builds a hostile body with the webhook's own fields.
 * In the test command only the inputs under
 * {@code src/test/resources/nl/naober/platform/fuzz/ZgwNotificationFuzzTestsInputs/notification/} run;
 * fuzzing needs {@code JAZZER_FUZZ=1} (see README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ZgwNotificationFuzzTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SLUG = TestIdentifiers.uniqueSlug("fzn");
    private static final String TOKEN = "fuzz-" + UUID.randomUUID();
    /** Nothing listens on the discard port: a call to the case system would show as a 503. */
    private static final String ZAKEN = "http://localhost:9/zaken/api/v1";
    private static final List<String> KEYS = List.of("kanaal", "hoofdObject", "resource", "resourceUrl", "actie",
            "aanmaakdatum", "kenmerken");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json; charset=UTF-8", "application/problem+json", "text/plain", "application/xml");
    private static final List<String> LEAKS = List.of("exception", "\tat ", "java.", "jakarta.", "org.springframework",
            "org.postgresql", "org.apache", "tools.jackson", "com.fasterxml", "nl.naober", "hikari", "jdbc", "sql",
            "select ", "violates", "caused by", "stacktrace", "syntax");

    private static boolean registered;

    @DynamicPropertySource
    static void municipality(DynamicPropertyRegistry registry) {
        String zgw = "naober.delivery.municipalities." + SLUG + ".";
        registry.add(zgw + "channel", () -> "ZGW");
        registry.add(zgw + "zgw.catalogi-url", () -> "http://localhost:9/catalogi/api/v1");
        registry.add(zgw + "zgw.zaken-url", () -> ZAKEN);
        registry.add(zgw + "zgw.documenten-url", () -> "http://localhost:9/documenten/api/v1");
        registry.add(zgw + "zgw.client-id", () -> "fuzz");
        registry.add(zgw + "zgw.secret", () -> "een-geheim-van-minstens-32-bytes-lang");
        registry.add(zgw + "zgw.rsin", () -> "123456782");
        registry.add(zgw + "zgw.zaaktype", () -> "WMO-MELDING");
        registry.add(zgw + "zgw.notification-token", () -> TOKEN);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    JdbcTemplate db;

    @BeforeEach
    void setUp() {
        db = new JdbcTemplate(dataSource);
        synchronized (ZgwNotificationFuzzTests.class) {
            FuzzHttp.allowLocalhostOnly();
            if (!registered) {
                ApiClient.Response response = Municipalities.register(new ApiClient(port), SLUG, "Gemeente Fuzz");
                assertThat(response.status()).as(response.body()).isEqualTo(201);
                registered = true;
            }
        }
    }

    @FuzzTest(maxDuration = "3m")
    void notification(byte[] input) {
        byte[] body;
        String contentType;
        if (input.length == 0 || input[0] >= 0x20 || input[0] < 0) {
            body = input;
            contentType = "application/json";
        } else {
            body = HostileJson.body(input, 1, KEYS, ZgwNotificationFuzzTests::valid);
            contentType = CONTENT_TYPES.get(input[0] % CONTENT_TYPES.size());
        }
        String before = deliveries();

        HttpResponse<String> response = send(body, contentType);

        String sent = contentType + " " + abbreviate(new String(body, StandardCharsets.UTF_8));
        String answer = response.statusCode() + " " + abbreviate(response.body());
        assertThat(response.statusCode()).as("%s: %s", sent, answer).isIn(204, 400, 415);
        if (response.statusCode() != 204) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as("%s: %s", sent, answer).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).as(answer).isEqualTo(response.statusCode());
            assertThat(problem.get("title").asString()).as(answer).isNotBlank();
            String lowerBody = response.body().toLowerCase(Locale.ROOT);
            String lowerRequest = new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            for (String leak : LEAKS) {
                if (lowerBody.contains(leak) && !lowerRequest.contains(leak)) {
                    fail("%s: the answer gives away internals (%s): %s", sent, leak, answer);
                }
            }
        }
        assertThat(deliveries()).as("deliveries unchanged after %s", sent).isEqualTo(before);
    }

    /** Valid values of the webhook's fields, for the structured inputs to get past the first checks. */
    private static String valid(String key, int variant) {
        return switch (key) {
            case "kanaal" -> List.of("\"zaken\"", "\"documenten\"", "\"ZAKEN\"").get(variant % 3);
            case "hoofdObject" -> List.of("\"" + ZAKEN + "/zaken/" + new UUID(0, variant) + "\"",
                    "\"" + ZAKEN + "/zaken/../zaken/" + new UUID(0, variant) + "\"",
                    "\"https://elders.example/zaken/api/v1/zaken/" + new UUID(0, variant) + "\"").get(variant % 3);
            case "resource" -> List.of("\"status\"", "\"zaak\"", "\"rol\"").get(variant % 3);
            case "resourceUrl" -> "\"" + ZAKEN + "/statussen/" + new UUID(1, variant) + "\"";
            case "actie" -> List.of("\"create\"", "\"update\"", "\"destroy\"").get(variant % 3);
            case "aanmaakdatum" -> List.of("\"2026-12-07T08:00:00Z\"", "\"2026-12-07T08:00:00.123456+01:00\"",
                    "\"2026-12-07\"").get(variant % 3);
            case "kenmerken" -> List.of("{}", "{\"bronorganisatie\": \"123456782\"}", "{\"a\": \"\"}").get(variant % 3);
            default -> "null";
        };
    }

    private HttpResponse<String> send(byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/zgw-notificaties/" + SLUG))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Token " + TOKEN)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("the webhook did not answer: %s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** The municipality's deliveries with their case status, read directly (not through the app). */
    private String deliveries() {
        return db.queryForList("select intake_id, status, case_status, case_status_at from t_"
                + SLUG.replace('-', '_') + ".intake_delivery order by intake_id").toString();
    }

    private static String abbreviate(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c)
                : String.format("\\u{%x}", c)));
        return text.length() > 300 ? out + "… (" + text.length() + " chars)" : out.toString();
    }
}
