package nl.naober.platform.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of talking to a municipality's ZGW APIs, shared by the delivery, the status read-back
 * and the abonnement: one HS256 JWT per session, the Crs headers Zaken requires, and every answer
 * classified (2xx the body; a refusal {@link PermanentDeliveryFailure}; 5xx, time-out or no
 * connection {@link ZgwUnavailable}).
 */
@Component
class ZgwClient {

    private static final String CRS = "EPSG:4326";

    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;

    ZgwClient(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A session with the case system of these settings: one JWT, issued now. */
    Session session(ZgwSettings zgw) {
        return new Session(jwt(zgw.clientId(), zgw.secret(), clock.instant().getEpochSecond()));
    }

    /** The calls of one attempt: one JWT, the Crs headers, and the answer classified. */
    final class Session {

        private final String token;

        private Session(String token) {
            this.token = token;
        }

        JsonNode get(URI base, String path, String... query) {
            StringBuilder uri = new StringBuilder(base.toString()).append(path);
            for (int i = 0; i < query.length; i += 2) {
                uri.append(i == 0 ? '?' : '&').append(query[i]).append('=')
                        .append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(URI.create(uri.toString())).GET(), "GET " + path);
        }

        /** GET of a resource by its own url; the caller has checked that it belongs to the configured API. */
        JsonNode get(URI resource) {
            return send(HttpRequest.newBuilder(resource).GET(), "GET " + resource.getPath());
        }

        JsonNode post(URI base, String path, JsonNode body) {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .header("Content-Crs", CRS)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), "POST " + path);
        }

        private JsonNode send(HttpRequest.Builder request, String what) {
            HttpResponse<String> response;
            try {
                response = http.send(request.header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .header("Accept-Crs", CRS)
                        .timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new ZgwUnavailable(what + ": " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZgwUnavailable(what + ": interrupted");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                try {
                    return json.readTree(response.body());
                } catch (RuntimeException e) {
                    // a proxy's HTML page with a 200: as if the case system did not answer
                    throw new ZgwUnavailable(what + " answered no JSON");
                }
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new PermanentDeliveryFailure(what + " geweigerd (" + status + "): " + reason(response.body()));
            }
            throw new ZgwUnavailable(what + " answered " + status);
        }
    }

    /** The case system's own reason: its title and each invalid param as name: reason (no values). */
    private String reason(String body) {
        try {
            JsonNode problem = json.readTree(body);
            StringBuilder reason = new StringBuilder(problem.path("title").asString(""));
            for (JsonNode param : problem.path("invalidParams")) {
                reason.append("; ").append(param.path("name").asString()).append(": ")
                        .append(param.path("reason").asString());
            }
            return reason.toString();
        } catch (RuntimeException e) {
            return "onleesbaar antwoord";
        }
    }

    /** HS256 JWT as Open Zaak expects it (SOURCES.md): {@code client_id}, {@code iat}. */
    static String jwt(String clientId, String secret, long issuedAt) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + clientId + "\",\"iat\":" + issuedAt + ",\"client_id\":\""
                + clientId + "\",\"user_id\":\"naober\",\"user_representation\":\"Naober\"}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
            return header + "." + payload + "." + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A 5xx, a time-out or no connection: retried with back-off. */
    static final class ZgwUnavailable extends RuntimeException {
        ZgwUnavailable(String message) {
            super(message);
        }
    }
}
