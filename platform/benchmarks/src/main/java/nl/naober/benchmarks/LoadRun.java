package nl.naober.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.devservices.NaoberRealm;
import nl.naober.local.Database;
import nl.naober.local.KeycloakTokens;
import nl.naober.local.NaoberStack;
import nl.naober.local.StackSettings;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;

/**
 * A load run (not a test): the whole stack (PostgreSQL, Keycloak, app, gateway), many municipalities
 * with an administrator and supporters who log in through the gateway and Keycloak's pages, then a
 * fixed time of mixed reads and writes through the gateway — GET villages by everyone, POST a
 * village with a unique name and PATCH (rename) one's own villages by the administrators. Reports
 * throughput, p50/p99 latency per operation and errors, then checks straight in PostgreSQL that
 * every acknowledged write is there exactly once and no failed write left a row.
 *
 * <p>Bounded: {@code load.seconds} of load (default 60) and at most {@code load.maxOperations}
 * operations (default 500 000); a watchdog ends the JVM if set-up or load overrun their time. It
 * talks to localhost only. Exit code 0 only with 0 errors, 0 lost and 0 duplicated writes.
 *
 * <p>Run: {@code ./mvnw -Pload -pl platform/benchmarks -am verify -DskipTests}; settings such as
 * {@code -Dload.seconds=120} on that command line (the profile passes them on; see the pom).
 */
public final class LoadRun {

    private static final int MUNICIPALITIES = Integer.getInteger("load.municipalities", 20);
    private static final int ADMINS_PER_MUNICIPALITY = Integer.getInteger("load.admins", 1);
    private static final int SUPPORTERS_PER_MUNICIPALITY = Integer.getInteger("load.supporters", 2);
    private static final int INITIAL_VILLAGES = 3;
    private static final long LOAD_SECONDS = Long.getLong("load.seconds", 60);
    private static final long MAX_OPERATIONS = Long.getLong("load.maxOperations", 500_000);
    /** Of an administrator's operations: this share creates a village, as many rename one, the rest read. */
    private static final double CREATE_SHARE = Double.parseDouble(System.getProperty("load.createShare", "0.2"));
    private static final Duration SETUP_LIMIT = Duration.ofMinutes(20);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private enum Operation { READ, CREATE, RENAME }

    /** A logged-in browser session of one user, reused from plain HTTP with its cookie and CSRF token. */
    private record Session(String municipality, String email, boolean admin, String cookie, String csrf) {
    }

    /** What a write was answered and what it should have left in the database. */
    private record Write(Operation operation, String municipality, String villageId, String name, long sequence) {
    }

    private final NaoberStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Operation, List<Long>> latencies = new EnumMap<>(Operation.class);
    private final Map<Operation, AtomicLong> errors = new EnumMap<>(Operation.class);
    private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    private final List<Write> acknowledged = Collections.synchronizedList(new ArrayList<>());
    /** Creates that failed: their name must not be in the database. */
    private final List<Write> failedCreates = Collections.synchronizedList(new ArrayList<>());
    /** Renames without an answer (timeout, broken connection): either name is acceptable for that village. */
    private final Set<String> uncertainVillages = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong operations = new AtomicLong();
    private final Map<String, List<String>> initialVillages = new ConcurrentHashMap<>();

    private LoadRun(NaoberStack stack) {
        this.stack = stack;
        for (Operation operation : Operation.values()) {
            latencies.put(operation, Collections.synchronizedList(new ArrayList<>()));
            errors.put(operation, new AtomicLong());
        }
    }

    public static void main(String[] args) throws Exception {
        watchdog(SETUP_LIMIT.plusSeconds(LOAD_SECONDS).plusMinutes(5));
        TestDatabase.Connection db = TestDatabase.get();
        Path home = Files.createTempDirectory("naober-load-run");
        int exit;
        try (NaoberStack stack = NaoberStack.start(StackSettings.ephemeral(home,
                new Database(db.jdbcUrl(), db.username(), db.password()),
                new Database.Login(db.appUsername(), db.appPassword()), Path.of(System.getProperty("naober.stack.jars")),
                1_000_000, 1_000_000))) {
            requireLocal(stack.gatewayUrl());
            requireLocal(stack.appUrl());
            LoadRun run = new LoadRun(stack);
            List<Session> sessions = run.setUp();
            long elapsed = run.load(sessions);
            List<String> report = run.report(sessions, elapsed);
            Consistency consistency = run.checkConsistency(db);
            report.addAll(consistency.lines());
            String text = String.join("\n", report) + "\n";
            System.out.println("\n" + text);
            Path out = Path.of("target", "load-run-results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
            long totalErrors = run.errors.values().stream().mapToLong(AtomicLong::get).sum();
            exit = totalErrors == 0 && consistency.lost() == 0 && consistency.duplicated() == 0
                    && consistency.leftovers() == 0 ? 0 : 1;
        }
        System.exit(exit);
    }

    // ---- set-up: municipalities, users, browser logins

    private List<Session> setUp() throws Exception {
        long start = System.nanoTime();
        String issuer = stack.keycloak().issuerUri(NaoberRealm.NAME);
        String platformAdmin = KeycloakTokens.password(issuer, "platformbeheer", stack.demoPassword());
        List<Session> sessions = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES; m++) {
            String slug = TestIdentifiers.uniqueSlug("load" + m);
            send("POST", stack.appUrl() + "/api/v1/municipalities", platformAdmin, """
                    {"slug": "%s", "name": "Gemeente %s", "cbsCode": "GM%04d", "rsin": "%s"}"""
                    .formatted(slug, slug, 8000 + m, TestIdentifiers.validRsin()), 201);
            String admin = "beheer0@" + slug + ".example";
            send("POST", stack.appUrl() + "/api/v1/municipalities/" + slug + "/administrators", platformAdmin,
                    "{\"firstName\": \"Beheer\", \"lastName\": \"Nul\", \"email\": \"" + admin + "\"}", 201);
            stack.setDemoPassword(admin);
            String adminToken = KeycloakTokens.password(issuer, admin, stack.demoPassword());
            List<String> villages = new ArrayList<>();
            for (int v = 0; v < INITIAL_VILLAGES; v++) {
                villages.add(id(send("POST", stack.appUrl() + "/api/v1/municipalities/" + slug + "/villages",
                        adminToken, "{\"name\": \"Startdorp " + v + "\"}", 201)));
            }
            initialVillages.put(slug, villages);
            List<String> users = new ArrayList<>();
            users.add(admin);
            for (int a = 1; a < ADMINS_PER_MUNICIPALITY; a++) {
                users.add(invite(slug, adminToken, "beheer" + a + "@" + slug + ".example", "municipal-admin", null));
            }
            for (int s = 0; s < SUPPORTERS_PER_MUNICIPALITY; s++) {
                users.add(invite(slug, adminToken, "ondersteuner" + s + "@" + slug + ".example", "supporter",
                        villages.get(s % villages.size())));
            }
            for (int u = 0; u < users.size(); u++) {
                sessions.add(logIn(slug, users.get(u), u < ADMINS_PER_MUNICIPALITY));
            }
            System.out.printf("municipality %d/%d (%s): %d sessions%n", m + 1, MUNICIPALITIES, slug, users.size());
        }
        System.out.printf("set-up: %d municipalities, %d sessions in %.0f s%n", MUNICIPALITIES, sessions.size(),
                (System.nanoTime() - start) / 1e9);
        return sessions;
    }

    private String invite(String slug, String adminToken, String email, String role, String village)
            throws IOException, InterruptedException {
        send("POST", stack.appUrl() + "/api/v1/municipalities/" + slug + "/users", adminToken, """
                {"firstName": "Load", "lastName": "Gebruiker", "email": "%s", "role": "%s"%s}"""
                .formatted(email, role, village == null ? "" : ", \"villages\": [\"" + village + "\"]"), 201);
        stack.setDemoPassword(email);
        return email;
    }

    private Session logIn(String slug, String email, boolean admin) {
        BrowserLogin.LoggedIn browser = BrowserLogin.logIn(stack, slug, email);
        return new Session(slug, email, admin, browser.cookie(), browser.csrfToken());
    }

    // ---- the load

    private long load(List<Session> sessions) throws InterruptedException {
        System.out.printf("load: %d sessions for %d s (at most %d operations)%n", sessions.size(), LOAD_SECONDS,
                MAX_OPERATIONS);
        long start = System.nanoTime();
        long deadline = start + LOAD_SECONDS * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            int worker = i;
            threads.add(Thread.ofPlatform().name("load-" + i).start(() -> work(session, worker, deadline)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return System.nanoTime() - start;
    }

    private void work(Session session, int worker, long deadline) {
        String villages = stack.gatewayUrl() + "/g/" + session.municipality() + "/api/v1/municipalities/"
                + session.municipality() + "/villages";
        List<String> own = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int counter = 0;
        while (System.nanoTime() < deadline && operations.incrementAndGet() <= MAX_OPERATIONS) {
            double dice = random.nextDouble();
            Operation operation = !session.admin() ? Operation.READ
                    : dice < CREATE_SHARE ? Operation.CREATE
                    : dice < 2 * CREATE_SHARE && !own.isEmpty() ? Operation.RENAME : Operation.READ;
            String name = "Last " + worker + "-" + (++counter);
            switch (operation) {
                case READ -> call(operation, "GET", villages + "?status=all", session, null, 200);
                case CREATE -> {
                    HttpResponse<String> response = call(operation, "POST", villages, session,
                            "{\"name\": \"" + name + "\"}", 201);
                    Write write = new Write(operation, session.municipality(), response == null ? null
                            : id(response.body()), name, sequence.incrementAndGet());
                    if (response != null && response.statusCode() == 201) {
                        acknowledged.add(write);
                        own.add(write.villageId());
                    } else {
                        failedCreates.add(write);
                    }
                }
                case RENAME -> {
                    String id = own.get(random.nextInt(own.size()));
                    String newName = "Hernoemd " + worker + "-" + counter;
                    HttpResponse<String> response = call(operation, "PATCH", villages + "/" + id, session,
                            "{\"name\": \"" + newName + "\"}", 200);
                    if (response != null && response.statusCode() == 200) {
                        acknowledged.add(new Write(operation, session.municipality(), id, newName,
                                sequence.incrementAndGet()));
                    } else if (response == null) {
                        uncertainVillages.add(id);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /** One request through the gateway; records latency and errors; {@code null} when no answer came. */
    private HttpResponse<String> call(Operation operation, String method, String url, Session session, String json,
            int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Cookie", session.cookie()).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").header("X-CSRF-TOKEN", session.csrf())
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.get(operation).add(System.nanoTime() - start);
            if (response.statusCode() != expected) {
                error(operation, response.statusCode() + " " + abbreviate(response.body()));
            }
            return response;
        } catch (IOException e) {
            error(operation, e.getClass().getSimpleName() + " " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(operation, "interrupted");
            return null;
        }
    }

    private void error(Operation operation, String kind) {
        errors.get(operation).incrementAndGet();
        errorKinds.computeIfAbsent(operation + ": " + kind, k -> new AtomicLong()).incrementAndGet();
    }

    // ---- report and consistency

    private List<String> report(List<Session> sessions, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        long total = latencies.values().stream().mapToLong(List::size).sum();
        long totalErrors = errors.values().stream().mapToLong(AtomicLong::get).sum();
        List<String> lines = new ArrayList<>();
        lines.add("# Naober load run");
        lines.add("");
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; PostgreSQL, Keycloak, app and gateway on this machine; "
                + "load generator in the same machine");
        lines.add("%d municipalities, %d sessions (%d administrators reading and writing, %d supporters reading), "
                .formatted(MUNICIPALITIES, sessions.size(), sessions.stream().filter(Session::admin).count(),
                        sessions.stream().filter(s -> !s.admin()).count())
                + "one thread per session, all through the gateway (session cookie, CSRF token)");
        lines.add("");
        lines.add("%.1f s, %d requests, %.0f requests/s, %d errors".formatted(seconds, total, total / seconds,
                totalErrors));
        lines.add("");
        lines.add("| operation | requests | per second | p50 | p99 | max | errors |");
        lines.add("|---|---|---|---|---|---|---|");
        for (Operation operation : Operation.values()) {
            List<Long> nanos;
            synchronized (latencies.get(operation)) {
                nanos = new ArrayList<>(latencies.get(operation));
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            String label = switch (operation) {
                case READ -> "GET villages";
                case CREATE -> "POST village";
                case RENAME -> "PATCH village (rename)";
            };
            lines.add("| %s | %d | %.0f | %s | %s | %s | %d |".formatted(label, sorted.length, sorted.length / seconds,
                    millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0), errors.get(operation).get()));
        }
        lines.add("");
        if (!errorKinds.isEmpty()) {
            lines.add("Errors by kind:");
            errorKinds.forEach((kind, count) -> lines.add("- " + count.get() + " × " + kind));
            lines.add("");
        }
        return lines;
    }

    private record Consistency(List<String> lines, long lost, long duplicated, long leftovers) {
    }

    /** Straight in PostgreSQL, per tenant schema t_<slug>, table village. */
    private Consistency checkConsistency(TestDatabase.Connection db) throws Exception {
        // the last acknowledged name of every village written to, and every acknowledged create
        Map<String, Write> lastWrite = new HashMap<>();
        List<Write> writes;
        synchronized (acknowledged) {
            writes = new ArrayList<>(acknowledged);
        }
        for (Write write : writes) {
            lastWrite.merge(write.villageId(), write, (a, b) -> a.sequence() > b.sequence() ? a : b);
        }
        Map<String, Map<String, String>> stored = new HashMap<>(); // municipality -> id -> name
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            for (String municipality : initialVillages.keySet()) {
                Map<String, String> rows = new HashMap<>();
                try (PreparedStatement query = connection.prepareStatement("select id, name from t_"
                        + municipality.replace('-', '_') + ".village"); ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.merge(result.getString(1), result.getString(2), (a, b) -> a + "\u0000DUPLICATE");
                    }
                }
                stored.put(municipality, rows);
            }
        }
        long found = 0;
        long lost = 0;
        long duplicated = 0;
        List<String> problems = new ArrayList<>();
        for (Write write : writes) {
            Map<String, String> rows = stored.get(write.municipality());
            String name = rows.get(write.villageId());
            boolean superseded = lastWrite.get(write.villageId()).sequence() != write.sequence();
            long sameName = rows.values().stream().filter(n -> n.equalsIgnoreCase(write.name())).count();
            if (name == null) {
                lost++;
                problems.add("lost: " + write);
            } else if (name.contains("\u0000DUPLICATE")) {
                duplicated++;
                problems.add("duplicated id: " + write);
            } else if (superseded || uncertainVillages.contains(write.villageId()) || name.equals(write.name())) {
                if (!superseded && sameName > 1) {
                    duplicated++;
                    problems.add("name stored " + sameName + " times: " + write);
                } else {
                    found++;
                }
            } else {
                lost++;
                problems.add("lost (stored name '" + name + "'): " + write);
            }
        }
        // no failed create left a row, and no row exists that nobody was told about
        long leftovers = 0;
        for (Write failed : failedCreates) {
            Map<String, String> rows = stored.get(failed.municipality());
            if (rows.values().stream().anyMatch(n -> n.equalsIgnoreCase(failed.name()))) {
                leftovers++;
                problems.add("a failed create left a row: " + failed);
            }
        }
        long creates = writes.stream().filter(w -> w.operation() == Operation.CREATE).count();
        long rowsNow = stored.values().stream().mapToLong(Map::size).sum();
        long rowsExpected = (long) MUNICIPALITIES * INITIAL_VILLAGES + creates;
        if (rowsNow != rowsExpected) {
            problems.add("rows: " + rowsNow + " stored, " + rowsExpected + " expected (initial + acknowledged creates)");
            if (rowsNow > rowsExpected) {
                duplicated += rowsNow - rowsExpected;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("## Consistency, checked in PostgreSQL (t_<slug>.village of every municipality)");
        lines.add("");
        lines.add("%d writes acknowledged (%d creates, %d renames), %d found exactly once, %d lost, %d duplicated"
                .formatted(writes.size(), creates, writes.size() - creates, found, lost, duplicated));
        lines.add("%d writes failed or unanswered (%d creates), %d of them left a row; %d rows stored, %d expected"
                .formatted(failedCreates.size() + uncertainVillages.size(), failedCreates.size(), leftovers, rowsNow,
                        rowsExpected));
        problems.stream().limit(20).forEach(p -> lines.add("- " + p));
        lines.add("");
        return new Consistency(lines, lost, duplicated, leftovers);
    }

    // ---- helpers

    private HttpResponse<String> send(String method, String url, String token, String json, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    private static String id(HttpResponse<String> response) {
        return id(response.body());
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "–";
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f ms", sorted[Math.max(0, index)] / 1e6);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }

    private static void requireLocal(String url) {
        String host = URI.create(url).getHost();
        if (!Set.of("localhost", "127.0.0.1", "::1", "[::1]").contains(host)) {
            throw new IllegalStateException("the load run talks to localhost only, not to " + url);
        }
    }

    /** Ends the JVM when set-up and load together overrun their time, whatever hangs. */
    private static void watchdog(Duration limit) {
        Thread.ofPlatform().daemon().name("load-run-watchdog").start(() -> {
            try {
                Thread.sleep(limit);
                System.err.println("Load run: over its time limit of " + limit + "; stopping.");
                System.exit(2); // runs the shutdown hooks that stop app, gateway and Keycloak
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
