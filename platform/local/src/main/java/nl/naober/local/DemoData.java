package nl.naober.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Two demo municipalities with three villages each, created through the public API the way a
 * platform and a municipal administrator would. Running it again changes nothing.
 */
final class DemoData {

    record DemoMunicipality(String slug, String name, String cbsCode, String rsin, List<String> villages) {
    }

    static final List<DemoMunicipality> MUNICIPALITIES = List.of(
            new DemoMunicipality("dinkelland", "Dinkelland", "GM1774", "823256443",
                    List.of("Denekamp", "Ootmarsum", "Weerselo")),
            new DemoMunicipality("tubbergen", "Tubbergen", "GM0183", "001830004",
                    List.of("Albergen", "Geesteren", "Vasse")));

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final LocalSigningKey key;

    DemoData(String baseUrl, LocalSigningKey key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    void provision() throws IOException, InterruptedException {
        String platformAdmin = key.token("platformbeheer", null, "platform-admin");
        for (DemoMunicipality m : MUNICIPALITIES) {
            if (call("GET", "/api/v1/municipalities/" + m.slug(), platformAdmin, null).statusCode() == 404) {
                expect(201, call("POST", "/api/v1/municipalities", platformAdmin, """
                        {"slug": "%s", "name": "%s", "cbsCode": "%s", "rsin": "%s"}"""
                        .formatted(m.slug(), m.name(), m.cbsCode(), m.rsin())));
            }
            String admin = key.token("beheer-" + m.slug(), m.slug(), "municipal-admin");
            String existing = call("GET", "/api/v1/municipalities/" + m.slug() + "/villages?status=all", admin, null)
                    .body();
            for (String village : m.villages()) {
                if (!existing.contains("\"" + village + "\"")) {
                    expect(201, call("POST", "/api/v1/municipalities/" + m.slug() + "/villages", admin,
                            "{\"name\": \"" + village + "\"}"));
                }
            }
        }
    }

    private HttpResponse<String> call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Demo data: " + response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + " " + response.body());
        }
    }
}
