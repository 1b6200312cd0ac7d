package nl.naober.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.api.BugDetectors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fuzz tests of the API share: sending one fuzzed request to the app and the checks every
 * answer must pass (2xx JSON, or 4xx problem+json with a status and a title, never internals), and
 * the limit of Jazzer's SSRF detector to localhost.
 */
final class FuzzHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static boolean localhostAllowed;

    private FuzzHttp() {
    }

    /** A request body as sent: its bytes, the Content-Type (or none) and a text to report it by. */
    record Body(byte[] bytes, String contentType, String text) {
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

    /**
     * Jazzer's SSRF detector (once its agent is in place): the app and the tests talk to localhost
     * only (HTTP, PostgreSQL). Kept for the whole JVM: Jazzer refuses to reset it after fuzzing.
     */
    static synchronized void allowLocalhostOnly() {
        if (!localhostAllowed) {
            BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost")
                    || host.equals("127.0.0.1") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1"));
            localhostAllowed = true;
        }
    }

    /**
     * Sends the request and checks the answer; {@code leaks} are the lower-case words an error must
     * not contain unless it quotes this request.
     */
    static Answer send(int port, String method, String path, String token, Body body, List<String> leaks) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token)
                .method(method, body.bytes().length == 0 && body.contentType() == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("%s %s failed: %s", method, path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
        Answer answer = new Answer(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
        String sent = method + " " + abbreviate(path) + " " + body.contentType() + " " + abbreviate(body.text());
        assertThat(answer.status()).as("status of %s: %s", sent, answer).isBetween(200, 499);
        if (answer.status() >= 300) {
            assertThat(answer.status()).as("%s: %s", sent, answer).isGreaterThanOrEqualTo(400);
            assertThat(answer.contentType()).as("%s: %s", sent, answer).startsWith("application/problem+json");
            JsonNode problem = answer.json();
            assertThat(problem.get("status").asInt()).as(answer.toString()).isEqualTo(answer.status());
            assertThat(problem.get("title").asString()).as(answer.toString()).isNotBlank();
        } else {
            assertThat(answer.contentType()).as("%s: %s", sent, answer).startsWith("application/json");
        }
        // a 2xx body is data and may hold what earlier inputs stored; an error must not show internals,
        // unless it quotes this request (e.g. "Onbekende status '…'")
        String lowerBody = answer.status() >= 400 ? answer.body().toLowerCase(Locale.ROOT) : "";
        String lowerRequest = (body.text() + " " + path + " " + decoded(path)).toLowerCase(Locale.ROOT);
        for (String leak : leaks) {
            if (lowerBody.contains(leak) && !lowerRequest.contains(leak)) {
                fail("%s: the answer gives away internals (%s): %s", sent, leak, answer);
            }
        }
        return answer;
    }

    /** Printable ASCII as is, everything else escaped, cut at 300 characters: safe in any report. */
    static String abbreviate(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c)
                : String.format("\\u{%x}", c)));
        return text.length() > 300 ? out + "… (" + text.length() + " chars)" : out.toString();
    }

    private static String decoded(String path) {
        try {
            return java.net.URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
