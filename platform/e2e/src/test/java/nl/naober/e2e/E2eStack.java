package nl.naober.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.naober.devservices.NaoberRealm;
import nl.naober.local.Database;
import nl.naober.local.KeycloakTokens;
import nl.naober.local.NaoberStack;
import nl.naober.local.StackSettings;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;
import org.keycloak.admin.client.resource.RealmResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole stack (PostgreSQL, Keycloak, SMTP, app, gateway) started once for all end-to-end test
 * classes of this JVM, and helpers to set up municipalities and colleagues through the real API.
 */
final class E2eStack {

    /** Low enough for a test to reach, high enough for the other tests never to. */
    static final int RATE_PER_USER = 120;

    private static NaoberStack stack;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private E2eStack() {
    }

    static synchronized NaoberStack get() {
        if (stack == null) {
            TestDatabase.Connection db = TestDatabase.get();
            try {
                stack = NaoberStack.start(StackSettings.ephemeral(Path.of(System.getProperty("naober.e2e.home",
                                "target/e2e-stack")), new Database(db.jdbcUrl(), db.username(), db.password()),
                        new Database.Login(db.appUsername(), db.appPassword()),
                        Path.of(System.getProperty("naober.stack.jars")), RATE_PER_USER, 100_000));
            } catch (Exception e) {
                throw new IllegalStateException("The end-to-end stack did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "e2e-stack-stop"));
        }
        return stack;
    }

    static String issuer() {
        return get().keycloak().issuerUri(NaoberRealm.NAME);
    }

    static RealmResource realm() {
        return get().keycloak().adminClient().realm(NaoberRealm.NAME);
    }

    static String platformAdminToken() {
        return KeycloakTokens.password(issuer(), "platformbeheer", get().demoPassword());
    }

    static String token(String username) {
        return KeycloakTokens.password(issuer(), username, get().demoPassword());
    }

    /** Registers a municipality (with its Keycloak organization) and invites an administrator; returns the slug. */
    static Municipality municipality(String prefix, String... villages) {
        return municipalityWithSlug(TestIdentifiers.uniqueSlug(prefix), TestIdentifiers.validRsin(), villages);
    }

    /**
     * A municipality with a given slug, for the few the stack configures by name (Dinkelland delivers
     * its intakes to the ZGW fake); each such slug may be registered by one test class only.
     */
    static Municipality municipalityWithSlug(String slug, String rsin, String... villages) {
        String platformAdmin = platformAdminToken();
        Response registered;
        do {
            registered = call("POST", "/api/v1/municipalities", platformAdmin, """
                    {"slug": "%s", "name": "Gemeente %s", "cbsCode": "%s", "rsin": "%s"}""".formatted(slug, slug,
                    TestIdentifiers.randomCbsCode(), rsin));
        } while (registered.status() == 409 && registered.body().contains("cbsCode"));
        expect(201, registered);
        String admin = "beheer@" + slug + ".example";
        expect(201, call("POST", "/api/v1/municipalities/" + slug + "/administrators", platformAdmin, """
                {"firstName": "Beheer", "lastName": "%s", "email": "%s"}""".formatted(slug, admin)));
        setPassword(admin);
        String adminToken = token(admin);
        List<String> ids = new java.util.ArrayList<>();
        for (String village : villages) {
            Response created = call("POST", "/api/v1/municipalities/" + slug + "/villages", adminToken,
                    "{\"name\": \"" + village + "\"}");
            expect(201, created);
            ids.add(created.json().get("id").asString());
        }
        return new Municipality(slug, admin, ids);
    }

    /** Invites a colleague as the municipality's administrator and gives her the demo password. */
    static Response invite(Municipality municipality, String email, String role, String... villageIds) {
        String villages = String.join(", ", java.util.Arrays.stream(villageIds).map(id -> "\"" + id + "\"").toList());
        Response response = call("POST", "/api/v1/municipalities/" + municipality.slug() + "/users",
                token(municipality.admin()), """
                        {"firstName": "Anna", "lastName": "de Vries", "email": "%s", "role": "%s", "villages": [%s]}"""
                        .formatted(email, role, villages));
        return response;
    }

    /** What a colleague does with the invitation e-mail, done directly for tests that are about something else. */
    static void setPassword(String email) {
        get().setDemoPassword(email);
    }

    static Response call(String method, String path, String token, String body) {
        return send(get().appUrl() + path, method, token, body);
    }

    static Response send(String url, String method, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response);
        }
    }

    record Municipality(String slug, String admin, List<String> villageIds) {
    }

    record Response(int status, String body, java.net.http.HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
