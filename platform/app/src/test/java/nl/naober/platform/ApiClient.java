package nl.naober.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running app over real HTTP, as any client from outside would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response post(String path, String token, String json) {
        return send("POST", path, token, json, "application/json");
    }

    public Response put(String path, String token, String json) {
        return send("PUT", path, token, json, "application/json");
    }

    public Response patch(String path, String token, String json) {
        return send("PATCH", path, token, json, "application/json");
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    /** A request without a body and with one extra header. */
    public Response sendWithHeaders(String method, String path, String token, String header, String value) {
        return send(method, path, token, null, null, header, value);
    }

    public Response send(String method, String path, String token, String body, String contentType,
            String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/html;q=0.9")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response; {@link #json()} parses the body. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        /** The names of the fields a problem+json answer's {@code invalidParams} lists, in order. */
        public java.util.List<String> invalidFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().get("invalidParams").forEach(p -> fields.add(p.get("name").asString()));
            return fields;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
