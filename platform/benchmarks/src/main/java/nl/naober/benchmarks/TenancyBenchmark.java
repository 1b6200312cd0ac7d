package nl.naober.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;
import nl.naober.platform.NaoberApplication;
import nl.naober.tenants.NewTenant;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.tenants.TenantSchemaMigrator;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;
import nl.naober.testing.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * (a) provisioning one municipality, (b) start-up migration of 50 and 340 tenant schemas (and of
 * 340 that are already up to date), (c) throughput of a tenant read endpoint spread over 50
 * municipalities divided by the same endpoint on one municipality, in alternating rounds.
 */
public final class TenancyBenchmark {

    private static final int CLIENT_THREADS = 8;
    private static final long ROUND_MILLIS = Long.getLong("bench.roundMillis", 8_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
    private static final java.util.concurrent.atomic.AtomicInteger CBS_CODES = new java.util.concurrent.atomic.AtomicInteger(
            1000);

    public static void main(String[] args) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        int migrationThreads = Integer.getInteger("bench.migrationThreads", 4);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                .properties(Map.ofEntries(
                        Map.entry("spring.datasource.url", db.jdbcUrl()),
                        Map.entry("spring.datasource.username", db.appUsername()),
                        Map.entry("spring.datasource.password", db.appPassword()),
                        Map.entry("naober.tenants.migration.username", db.username()),
                        Map.entry("naober.tenants.migration.password", db.password()),
                        Map.entry("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation()),
                        Map.entry("naober.tenants.migration-threads", String.valueOf(migrationThreads)),
                        // test data only: the fixed development key of the privacy module
                        Map.entry("naober.privacy.allow-development-key", "true"),
                        Map.entry("server.port", "0"),
                        Map.entry("logging.level.root", "warn"),
                        Map.entry("logging.level.nl.naober", "warn")))
                .run()) {
            List<String> report = new ArrayList<>();
            report.add("# Naober tenancy benchmark");
            report.add("");
            report.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", database: " + db.kind()
                    + ", migration threads: " + migrationThreads);
            report.add("");
            TenantProvisioning provisioning = app.getBean(TenantProvisioning.class);
            TenantSchemaMigrator migrator = app.getBean(TenantSchemaMigrator.class);
            // the owner, who may drop the schemas the benchmark created; the app's login may not
            JdbcClient jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    db.jdbcUrl(), db.username(), db.password()));

            report.addAll(provisioningTime(provisioning));
            report.addAll(startupMigration(migrator, jdbc));
            report.addAll(tenantSwitchingThroughput(app, provisioning));

            String text = String.join("\n", report) + "\n";
            System.out.println("\n" + text);
            Path out = Path.of("target", "benchmark-results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        }
        System.exit(0);
    }

    private static List<String> provisioningTime(TenantProvisioning provisioning) {
        provisioning.register(tenant("warm")); // first Flyway use loads classes; not measured
        double[] millis = new double[15];
        for (int i = 0; i < millis.length; i++) {
            NewTenant tenant = tenant("prov");
            long start = System.nanoTime();
            provisioning.register(tenant);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return List.of("## (a) Provisioning one municipality (registry row, schema, migrations, active)", "",
                "median %.0f ms, min %.0f ms, max %.0f ms over %d municipalities".formatted(millis[millis.length / 2],
                        millis[0], millis[millis.length - 1], millis.length), "");
    }

    private static List<String> startupMigration(TenantSchemaMigrator migrator, JdbcClient jdbc) {
        List<String> lines = new ArrayList<>(List.of("## (b) Start-up migration of tenant schemas (in parallel)", ""));
        for (int count : new int[] {50, 340}) {
            List<TenantId> tenants = IntStream.range(0, count).mapToObj(i -> TenantId.of(
                    "mig" + count + "-" + i + "-" + Long.toString(System.nanoTime(), 36))).toList();
            var fresh = migrator.migrateAll(tenants);
            var upToDate = migrator.migrateAll(tenants);
            lines.add("%d schemas: %.1f s from empty (%.0f ms per schema), %.1f s when already up to date%s".formatted(
                    count, fresh.took().toMillis() / 1000.0, (double) fresh.took().toMillis() / count,
                    upToDate.took().toMillis() / 1000.0, fresh.succeeded() && upToDate.succeeded() ? "" : " (FAILURES)"));
            tenants.forEach(t -> jdbc.sql("drop schema " + '"' + t.schema() + '"' + " cascade").update());
        }
        lines.add("");
        return lines;
    }

    private static List<String> tenantSwitchingThroughput(ConfigurableApplicationContext app,
            TenantProvisioning provisioning) throws Exception {
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            slugs.add(provisioning.register(tenant("tp")).id().slug());
        }
        HttpClient http = HttpClient.newHttpClient();
        for (String slug : slugs) {
            for (String village : List.of("Noord", "Zuid", "Midden")) {
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/municipalities/"
                                + slug + "/villages")).header("Authorization", "Bearer " + TestTokens.of(slug,
                                "municipal-admin")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + village + "\"}")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
        Map<String, String> tokens = new java.util.HashMap<>();
        slugs.forEach(s -> tokens.put(s, TestTokens.of(s, "supporter")));

        run(http, port, List.of(slugs.getFirst()), tokens, 10_000); // warm-up (JIT), not reported
        run(http, port, slugs, tokens, 10_000);
        double single = 0;
        double many = 0;
        List<String> lines = new ArrayList<>(List.of(
                "## (c) Read endpoint throughput: 50 municipalities vs one (GET villages, " + CLIENT_THREADS
                        + " client threads, rounds of " + ROUND_MILLIS / 1000 + " s)", ""));
        for (int round = 1; round <= ROUNDS; round++) {
            // A-B then B-A: a drift during the run favours neither variant
            boolean singleFirst = round % 2 == 1;
            double s = singleFirst ? run(http, port, List.of(slugs.getFirst()), tokens, ROUND_MILLIS) : 0;
            double m = run(http, port, slugs, tokens, ROUND_MILLIS);
            if (!singleFirst) {
                s = run(http, port, List.of(slugs.getFirst()), tokens, ROUND_MILLIS);
            }
            single += s;
            many += m;
            lines.add("round %d: one municipality %.0f req/s, 50 municipalities %.0f req/s".formatted(round, s, m));
        }
        lines.add("");
        lines.add("ratio 50 municipalities / one municipality: %.2f".formatted(many / single));
        lines.add("");
        return lines;
    }

    private static double run(HttpClient http, int port, List<String> slugs, Map<String, String> tokens, long millis)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + millis * 1_000_000;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CLIENT_THREADS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < deadline) {
                    String slug = slugs.get(ThreadLocalRandom.current().nextInt(slugs.size()));
                    try {
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/municipalities/" + slug + "/villages"))
                                .header("Authorization", "Bearer " + tokens.get(slug)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        (response.statusCode() == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() > 0) {
            System.err.println("WARNING: " + failed.get() + " failed requests");
        }
        return ok.get() / (millis / 1000.0);
    }

    private static NewTenant tenant(String prefix) {
        String slug = prefix + "-" + Long.toString(System.nanoTime(), 36);
        return new NewTenant(TenantId.of(slug), "Benchmark " + slug, new CbsCode(String.format("GM%04d",
                CBS_CODES.incrementAndGet())), new Rsin(TestIdentifiers.validRsin()));
    }
}
