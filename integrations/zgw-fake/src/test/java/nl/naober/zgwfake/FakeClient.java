package nl.naober.zgwfake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP client for the tests, talking to a running fake the way the platform will: HS256 JWT, the
 * Crs headers on the Zaken API, JSON bodies. Every call can drop or override any header.
 */
final class FakeClient {

    record Response(int status, Map<String, String> headers, JsonNode body, byte[] raw) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The invalidParams entry for a field, or null. */
        JsonNode invalidParam(String name) {
            for (JsonNode param : body.path("invalidParams")) {
                if (name.equals(param.path("name").asString())) {
                    return param;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final ZgwFake.Running fake;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String clientId;

    FakeClient(ZgwFake.Running fake, String clientId) {
        this.fake = fake;
        this.clientId = clientId;
    }

    FakeClient as(String otherClientId) {
        return new FakeClient(fake, otherClientId);
    }

    Map<String, String> defaultHeaders(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + fake.token(clientId));
        if (path.startsWith("/zaken/")) {
            headers.put("Accept-Crs", "EPSG:4326");
            headers.put("Content-Crs", "EPSG:4326");
        }
        return headers;
    }

    Response get(String pathOrUrl) {
        return send("GET", pathOrUrl, null, Map.of(), null);
    }

    Response post(String pathOrUrl, JsonNode body) {
        return send("POST", pathOrUrl, body, Map.of(), null);
    }

    /** {@code headers}: a null value removes a default header. */
    Response send(String method, String pathOrUrl, JsonNode body, Map<String, String> headers, Duration timeout) {
        return sendText(method, pathOrUrl, body == null ? null : body.toString(), "application/json", headers, timeout);
    }

    /** Sends any text as body, e.g. broken JSON. */
    Response sendText(String method, String pathOrUrl, String body, String contentType, Map<String, String> headers,
            Duration timeout) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : fake.baseUrl() + pathOrUrl;
        String path = URI.create(url).getPath();
        Map<String, String> all = defaultHeaders(path);
        headers.forEach((name, value) -> {
            if (value == null) {
                all.remove(name);
            } else {
                all.put(name, value);
            }
        });
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout == null ? Duration.ofSeconds(20) : timeout);
        all.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), values.get(0)));
            String responseType = responseHeaders.getOrDefault("content-type", "");
            JsonNode json = responseType.contains("json") && response.body().length > 0
                    ? Problems.JSON.readTree(response.body()) : Problems.JSON.missingNode();
            return new Response(response.statusCode(), responseHeaders, json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The example bodies of {@code wmo-melding-example-payloads.json} with the example host replaced by the
     * fake's, so their catalogue URLs point at the seeded WMO catalogue.
     */
    static ObjectNode examples(ZgwFake.Running fake) {
        try (InputStream in = FakeClient.class.getResourceAsStream("/zgw/examples/wmo-melding-example-payloads.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("https://openzaak.gemeente.example", fake.baseUrl());
            return (ObjectNode) Problems.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String EXAMPLE_ZAAK = "/zaken/api/v1/zaken/7b1a9c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d";
    static final String EXAMPLE_DOCUMENT = "/documenten/api/v1/enkelvoudiginformatieobjecten/4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920";

    /** An example body with its placeholder zaak (and document) URL replaced by real ones. */
    static ObjectNode example(ZgwFake.Running fake, String name, String zaakUrl, String documentUrl) {
        ObjectNode body = (ObjectNode) examples(fake).get(name).deepCopy();
        String text = body.toString();
        if (zaakUrl != null) {
            text = text.replace(fake.baseUrl() + EXAMPLE_ZAAK, zaakUrl);
        }
        if (documentUrl != null) {
            text = text.replace(fake.baseUrl() + EXAMPLE_DOCUMENT, documentUrl);
        }
        return (ObjectNode) Problems.JSON.readTree(text);
    }
}
