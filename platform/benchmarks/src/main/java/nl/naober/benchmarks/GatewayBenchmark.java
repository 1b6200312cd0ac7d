package nl.naober.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.naober.devservices.NaoberRealm;
import nl.naober.local.Database;
import nl.naober.local.KeycloakTokens;
import nl.naober.local.NaoberStack;
import nl.naober.local.StackSettings;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;

/**
 * The gateway's cost: (1) latency of one API call through the gateway (session cookie, token relay)
 * divided by the same call made directly to the app with the bearer token, measured in alternating
 * blocks in one run; (2) requests per second through the gateway with 50 logged-in sessions across
 * 10 municipalities.
 */
public final class GatewayBenchmark {

    private static final int MUNICIPALITIES = 10;
    private static final int SESSIONS_PER_MUNICIPALITY = 5;
    private static final int CALLS_PER_BLOCK = Integer.getInteger("bench.callsPerBlock", 300);
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 6);
    private static final long LOAD_MILLIS = Long.getLong("bench.loadMillis", 20_000);

    public static void main(String[] args) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        Path home = Files.createTempDirectory("naober-gateway-bench");
        try (NaoberStack stack = NaoberStack.start(StackSettings.ephemeral(home,
                new Database(db.jdbcUrl(), db.username(), db.password()),
                new Database.Login(db.appUsername(), db.appPassword()), Path.of(System.getProperty("naober.stack.jars")),
                1_000_000, 1_000_000))) {
            List<Session> sessions = new ArrayList<>();
            String platformAdmin = KeycloakTokens.password(stack.keycloak().issuerUri(NaoberRealm.NAME), "platformbeheer",
                    stack.demoPassword());
            for (int m = 0; m < MUNICIPALITIES; m++) {
                sessions.addAll(municipalityWithSessions(stack, platformAdmin, m));
            }
            List<String> report = new ArrayList<>();
            report.add("# Naober gateway benchmark");
            report.add("");
            report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + "; gateway, app and Keycloak as separate processes");
            report.add("");
            report.addAll(overhead(stack, sessions.getFirst()));
            report.addAll(throughput(stack, sessions));
            String text = String.join("\n", report) + "\n";
            System.out.println("\n" + text);
            Path out = Path.of("target", "gateway-benchmark-results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        }
        System.exit(0);
    }

    private static List<String> overhead(NaoberStack stack, Session session) throws Exception {
        String viaGateway = stack.gatewayUrl() + "/g/" + session.municipality() + "/api/v1/municipalities/"
                + session.municipality() + "/villages";
        String direct = stack.appUrl() + "/api/v1/municipalities/" + session.municipality() + "/villages";
        HttpClient plain = HttpClient.newHttpClient();
        block(plain, viaGateway, session.cookie(), null, CALLS_PER_BLOCK); // warm-up
        block(plain, direct, null, session.token(), CALLS_PER_BLOCK);
        List<Long> gateway = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        for (int b = 0; b < BLOCKS; b++) {
            boolean gatewayFirst = b % 2 == 0; // A-B, B-A: drift favours neither
            if (gatewayFirst) {
                gateway.addAll(block(plain, viaGateway, session.cookie(), null, CALLS_PER_BLOCK));
            }
            app.addAll(block(plain, direct, null, session.token(), CALLS_PER_BLOCK));
            if (!gatewayFirst) {
                gateway.addAll(block(plain, viaGateway, session.cookie(), null, CALLS_PER_BLOCK));
            }
        }
        double[] g = percentiles(gateway);
        double[] a = percentiles(app);
        return List.of("## (1) One API call through the gateway vs directly to the app (GET villages, one client, "
                        + gateway.size() + " calls each, alternating blocks)", "",
                "| | median | p99 |", "|---|---|---|",
                "| through the gateway | %.2f ms | %.2f ms |".formatted(g[0], g[1]),
                "| directly to the app | %.2f ms | %.2f ms |".formatted(a[0], a[1]),
                "| ratio gateway / direct | %.2f | %.2f |".formatted(g[0] / a[0], g[1] / a[1]), "");
    }

    private static List<String> throughput(NaoberStack stack, List<Session> sessions) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + LOAD_MILLIS * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (Session session : sessions) {
            String url = stack.gatewayUrl() + "/g/" + session.municipality() + "/api/v1/municipalities/"
                    + session.municipality() + "/villages";
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        int status = client.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.cookie()).header("Accept", "application/json").build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return List.of("## (2) Throughput through the gateway: " + sessions.size() + " concurrent sessions across "
                        + MUNICIPALITIES + " municipalities, " + LOAD_MILLIS / 1000 + " s", "",
                "%.0f requests/s, %d errors".formatted(ok.get() / (LOAD_MILLIS / 1000.0), failed.get()), "");
    }

    private static List<Long> block(HttpClient client, String url, String cookie, String token, int calls)
            throws Exception {
        List<Long> nanos = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long start = System.nanoTime();
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            nanos.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        return nanos;
    }

    private static double[] percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6};
    }

    private static List<Session> municipalityWithSessions(NaoberStack stack, String platformAdmin, int index)
            throws Exception {
        String slug = TestIdentifiers.uniqueSlug("bench" + index);
        HttpClient http = HttpClient.newHttpClient();
        String register = """
                {"slug": "%s", "name": "Gemeente %s", "cbsCode": "GM%04d", "rsin": "%s"}"""
                .formatted(slug, slug, 9000 + index, TestIdentifiers.validRsin());
        post(http, stack.appUrl() + "/api/v1/municipalities", platformAdmin, register, 201);
        String admin = "beheer@" + slug + ".example";
        post(http, stack.appUrl() + "/api/v1/municipalities/" + slug + "/administrators", platformAdmin,
                "{\"firstName\": \"Beheer\", \"lastName\": \"B\", \"email\": \"" + admin + "\"}", 201);
        stack.setDemoPassword(admin);
        String adminToken = KeycloakTokens.password(stack.keycloak().issuerUri(NaoberRealm.NAME), admin,
                stack.demoPassword());
        String village = post(http, stack.appUrl() + "/api/v1/municipalities/" + slug + "/villages", adminToken,
                "{\"name\": \"Dorp\"}", 201).replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        List<Session> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS_PER_MUNICIPALITY; s++) {
            String email = "s" + s + "@" + slug + ".example";
            post(http, stack.appUrl() + "/api/v1/municipalities/" + slug + "/users", adminToken, """
                    {"firstName": "S", "lastName": "%d", "email": "%s", "role": "supporter", "villages": ["%s"]}"""
                    .formatted(s, email, village), 201);
            stack.setDemoPassword(email);
            sessions.add(logIn(stack, slug, email));
        }
        return sessions;
    }

    private static Session logIn(NaoberStack stack, String slug, String email) {
        BrowserLogin.LoggedIn browser = BrowserLogin.logIn(stack, slug, email);
        String token = KeycloakTokens.password(stack.keycloak().issuerUri(NaoberRealm.NAME), email, stack.demoPassword());
        return new Session(slug, browser.cookie(), token);
    }

    private static String post(HttpClient http, String url, String token, String json, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private record Session(String municipality, String cookie, String token) {
    }
}
