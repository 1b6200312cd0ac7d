package nl.naober.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;
import nl.naober.platform.NaoberApplication;
import nl.naober.platform.delivery.DeliverableIntakes;
import nl.naober.platform.delivery.IntakeDeliveries;
import nl.naober.tenants.NewTenant;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;
import nl.naober.testing.TestTokens;
import nl.naober.zgwfake.FaultRule;
import nl.naober.zgwfake.ReceivedRequest;
import nl.naober.zgwfake.ZgwFake;
import nl.naober.zgwfake.ZgwFakeProperties;
import org.apache.camel.CamelContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #6, item 8: WMO intakes of 20 municipalities (tenant schemas), each with the ZGW channel and a
 * client and RSIN of its own in one strict ZGW fake in this JVM, delivered by the real worker route
 * with its normal settings. Reports (a) throughput with one worker, (b) with two workers (two app
 * instances on one database, like two worker replicas), (c) the time to drain after an outage of the
 * case system (DOWN while the intakes are queued, then cleared), and (d) lost and duplicated intakes
 * counted on the fake's side. Times are only reported; a lost or duplicated intake ends the run with
 * exit code 1. Settings: {@code -Dbench.intakes} (1000 per run), {@code -Dbench.municipalities} (20),
 * {@code -Dbench.outageSeconds} (60), {@code -Dbench.twoDispatchers} (true), {@code -Dbench.maxWaitSeconds}
 * (900, per run). Results go to {@code target/delivery-benchmark-results.md}.
 */
public final class DeliveryBenchmark {

    private static final int MUNICIPALITIES = Integer.getInteger("bench.municipalities", 20);
    private static final int INTAKES = Integer.getInteger("bench.intakes", 1_000);
    private static final int OUTAGE_SECONDS = Integer.getInteger("bench.outageSeconds", 60);
    private static final boolean TWO_DISPATCHERS = Boolean.parseBoolean(System.getProperty("bench.twoDispatchers",
            "true"));
    private static final Duration MAX_WAIT = Duration.ofSeconds(Long.getLong("bench.maxWaitSeconds", 900));
    private static final String ROUTE = "delivery-dispatch";

    private record Municipality(TenantId tenant, ZgwFakeProperties.Client client) {
    }

    /** One queued intake and the RSIN whose case system must end up with exactly one zaak for it. */
    private record Queued(String reference, String rsin) {
    }

    /** The outcome of one run, read from the outbox and from the fake. */
    private record Outcome(String run, int intakes, int workers, Duration took, int attempts, int maxAttempts,
            int lost, int duplicated, int failed, Map<String, Integer> fakeDelta, String note) {
    }

    private static final List<Queued> ALL = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        List<Municipality> municipalities = municipalities();
        InMemoryDeliverableIntakes source = new InMemoryDeliverableIntakes();
        List<String> report = new ArrayList<>();
        boolean ok;
        try (ZgwFake.Running fake = ZgwFake.start(new ZgwFake.Options(0,
                municipalities.stream().map(Municipality::client).toList(), Map.of()));
                ConfigurableApplicationContext worker1 = worker(db, fake, municipalities, source, "worker-1")) {
            TenantProvisioning provisioning = worker1.getBean(TenantProvisioning.class);
            for (int i = 0; i < municipalities.size(); i++) {
                Municipality m = municipalities.get(i);
                provisioning.register(new NewTenant(m.tenant(), "Gemeente " + m.tenant().slug(),
                        new CbsCode("GM%04d".formatted(1000 + i)), new Rsin(m.client().rsin())));
            }
            Bench bench = new Bench(worker1, fake, municipalities, source);

            // warm-up (JIT, connections, the fake's validators): one intake per municipality, not measured
            List<ReceivedRequest> before = fake.control().requests();
            bench.measure("warm-up", "WMO-WARM", municipalities.size(), List.of(worker1), null);
            List<ReceivedRequest> warmUp = fake.control().requests().subList(before.size(),
                    fake.control().requests().size());

            List<Outcome> outcomes = new ArrayList<>();
            outcomes.add(bench.measure("(a) one worker", "WMO-1W", INTAKES, List.of(worker1), null));
            if (TWO_DISPATCHERS) {
                try (ConfigurableApplicationContext worker2 = worker(db, fake, municipalities, source, "worker-2")) {
                    outcomes.add(bench.measure("(b) two workers", "WMO-2W", INTAKES, List.of(worker1, worker2),
                            null));
                }
            }
            outcomes.add(bench.measure("(c) after a " + OUTAGE_SECONDS + " s outage", "WMO-OUT", INTAKES,
                    List.of(worker1), Duration.ofSeconds(OUTAGE_SECONDS)));

            Totals totals = bench.totals();
            ok = outcomes.stream().allMatch(o -> o.lost() == 0 && o.duplicated() == 0) && totals.lost() == 0
                    && totals.duplicated() == 0 && totals.unexpected() == 0;
            report.addAll(report(db, outcomes, totals, warmUp, fake.control().violations()));
        }
        String text = String.join("\n", report) + "\n";
        System.out.println("\n" + text);
        Path out = Path.of("target", "delivery-benchmark-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.exit(ok ? 0 : 1);
    }

    private static List<Municipality> municipalities() {
        List<Municipality> municipalities = new ArrayList<>();
        Set<String> rsins = new HashSet<>();
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        for (int i = 1; i <= MUNICIPALITIES; i++) {
            String rsin;
            do {
                rsin = TestIdentifiers.validRsin();
            } while (!rsins.add(rsin));
            String slug = "levering-%02d-%s".formatted(i, run);
            municipalities.add(new Municipality(TenantId.of(slug),
                    new ZgwFakeProperties.Client("naober-" + slug, UUID.randomUUID() + "-" + UUID.randomUUID(), rsin)));
        }
        return municipalities;
    }

    /** An app instance with the worker role on (its normal settings) and every municipality on the ZGW channel. */
    private static ConfigurableApplicationContext worker(TestDatabase.Connection db, ZgwFake.Running fake,
            List<Municipality> municipalities, InMemoryDeliverableIntakes source, String name) {
        Map<String, Object> properties = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("spring.datasource.url", db.jdbcUrl()),
                Map.entry("spring.datasource.username", db.appUsername()),
                Map.entry("spring.datasource.password", db.appPassword()),
                Map.entry("naober.tenants.migration.username", db.username()),
                Map.entry("naober.tenants.migration.password", db.password()),
                Map.entry("spring.security.oauth2.resourceserver.jwt.public-key-location",
                        TestTokens.publicKeyLocation()),
                // test data only: the fixed development key of the privacy module
                Map.entry("naober.privacy.allow-development-key", "true"),
                Map.entry("naober.delivery.worker.enabled", "true"),
                Map.entry("server.port", "0"),
                Map.entry("logging.level.root", "warn"),
                Map.entry("logging.level.nl.naober", "warn"),
                // every refused call of the outage would print a stack trace; the outbox records them
                Map.entry("logging.level.org.apache.camel", "off")));
        for (Municipality m : municipalities) {
            String zgw = "naober.delivery.municipalities." + m.tenant().slug() + ".";
            properties.put(zgw + "channel", "ZGW");
            properties.put(zgw + "zgw.catalogi-url", fake.catalogiUrl());
            properties.put(zgw + "zgw.zaken-url", fake.zakenUrl());
            properties.put(zgw + "zgw.documenten-url", fake.documentenUrl());
            properties.put(zgw + "zgw.client-id", m.client().clientId());
            properties.put(zgw + "zgw.secret", m.client().secret());
            properties.put(zgw + "zgw.rsin", m.client().rsin());
            properties.put(zgw + "zgw.zaaktype", "WMO-MELDING");
        }
        // as command-line arguments: the app's application.yaml sets the worker's properties, and the builder's
        // properties are only defaults beneath it
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(NaoberApplication.class)
                // the intakes module is not there yet: the in-memory source stands in (primary, should it be)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("benchmarkIntakes",
                        DeliverableIntakes.class, () -> source.forWorker(name), bd -> bd.setPrimary(true)))
                .run(arguments);
    }

    private record Totals(int intakes, int zaken, int lost, int duplicated, int unexpected) {
    }

    private static final class Bench {

        private final ConfigurableApplicationContext app;
        private final ZgwFake.Running fake;
        private final List<Municipality> municipalities;
        private final InMemoryDeliverableIntakes source;
        private final IntakeDeliveries deliveries;
        private final TransactionTemplate transactions;
        private final JdbcClient jdbc;

        Bench(ConfigurableApplicationContext app, ZgwFake.Running fake, List<Municipality> municipalities,
                InMemoryDeliverableIntakes source) {
            this.app = app;
            this.fake = fake;
            this.municipalities = municipalities;
            this.source = source;
            this.deliveries = app.getBean(IntakeDeliveries.class);
            this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            this.jdbc = app.getBean(JdbcClient.class);
        }

        /**
         * Queues {@code count} intakes spread over the municipalities and waits until all are delivered
         * (or parked). Without an outage the workers' routes are stopped while queueing, so the time is
         * the workers' alone, from their start until the last delivery; with one, the case system is DOWN
         * while the intakes are queued and for {@code outage}, and the time runs from "back up".
         */
        Outcome measure(String run, String prefix, int count, List<ConfigurableApplicationContext> workers,
                Duration outage) throws Exception {
            Map<String, Integer> fakeBefore = fake.control().counts();
            Map<String, Integer> loadsBefore = source.loadsPerWorker();
            List<Queued> queued = new ArrayList<>();
            Instant down = null;
            if (outage == null) {
                for (ConfigurableApplicationContext worker : workers) {
                    worker.getBean(CamelContext.class).getRouteController().stopRoute(ROUTE);
                }
            } else {
                fake.control().addFault(FaultRule.down(null));
                down = Instant.now();
            }
            long queueing = System.nanoTime();
            for (int i = 0; i < count; i++) {
                Municipality m = municipalities.get(i % municipalities.size());
                String reference = "%s-%04d".formatted(prefix, i);
                source.submit(deliveries, transactions, m.tenant(), reference);
                queued.add(new Queued(reference, m.client().rsin()));
            }
            double queueMillis = (System.nanoTime() - queueing) / 1e6;
            ALL.addAll(queued);
            Instant start;
            String note;
            int outageAttempts = 0;
            long refused = 0;
            if (outage == null) {
                start = Instant.now();
                for (ConfigurableApplicationContext worker : workers) {
                    worker.getBean(CamelContext.class).getRouteController().startRoute(ROUTE);
                }
                note = "queued in %.1f s (one transaction per intake)".formatted(queueMillis / 1000);
            } else {
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), down.plus(outage)).toMillis()));
                outageAttempts = state(prefix).attempts();
                Instant since = down;
                refused = fake.control().requests().stream()
                        .filter(r -> r.faultInjected() != null && !r.at().isBefore(since)).count();
                fake.control().clearFaults();
                start = Instant.now();
                note = "queued in %.1f s during the outage; %d attempts (%d requests refused) in the outage"
                        .formatted(queueMillis / 1000, outageAttempts, refused);
            }
            State state = awaitDone(prefix, count);
            Duration took = state.lastDelivered() == null ? Duration.ZERO
                    : Duration.between(start, state.lastDelivered());
            if (outage != null && state.firstDelivered() != null) {
                note += "; first delivery %.1f s after back up".formatted(
                        Duration.between(start, state.firstDelivered()).toMillis() / 1000.0);
            }
            if (workers.size() > 1) {
                Map<String, Integer> loads = source.loadsPerWorker();
                note += "; loads per worker " + loads.entrySet().stream()
                        .map(e -> e.getKey() + " " + (e.getValue() - loadsBefore.getOrDefault(e.getKey(), 0)))
                        .collect(Collectors.joining(", "));
            }
            if (state.delivered() + state.failed() < count) {
                note += "; NOT DRAINED within " + MAX_WAIT.toSeconds() + " s (" + (state.delivered() + state.failed())
                        + " done; a reason: " + reason(prefix) + ")";
            }
            Map<String, Integer> fakeAfter = fake.control().counts();
            Map<String, Integer> delta = new LinkedHashMap<>();
            fakeAfter.forEach((resource, n) -> delta.put(resource, n - fakeBefore.getOrDefault(resource, 0)));
            Map<String, Map<String, Integer>> zaken = fake.control().zakenPerIdentificatie();
            int lost = 0;
            int duplicated = 0;
            for (Queued q : queued) {
                int n = zaken.getOrDefault(q.rsin(), Map.of()).getOrDefault(q.reference(), 0);
                lost += n == 0 ? 1 : 0;
                duplicated += n > 1 ? 1 : 0;
            }
            Outcome outcome = new Outcome(run, count, workers.size(), took, state.attempts(), state.maxAttempts(),
                    lost, duplicated, state.failed(), delta, note);
            System.out.println(outcome);
            return outcome;
        }

        /** Over all runs: every queued intake exactly once in its municipality's case system, and nothing else. */
        Totals totals() {
            Map<String, Map<String, Integer>> zaken = fake.control().zakenPerIdentificatie();
            Map<String, Set<String>> expected = new LinkedHashMap<>();
            int lost = 0;
            for (Queued q : ALL) {
                expected.computeIfAbsent(q.rsin(), r -> new HashSet<>()).add(q.reference());
                lost += zaken.getOrDefault(q.rsin(), Map.of()).getOrDefault(q.reference(), 0) == 0 ? 1 : 0;
            }
            int total = 0;
            int duplicated = 0;
            int unexpected = 0;
            for (Map.Entry<String, Map<String, Integer>> perRsin : zaken.entrySet()) {
                for (Map.Entry<String, Integer> zaak : perRsin.getValue().entrySet()) {
                    total += zaak.getValue();
                    duplicated += zaak.getValue() > 1 ? 1 : 0;
                    unexpected += expected.getOrDefault(perRsin.getKey(), Set.of()).contains(zaak.getKey()) ? 0 : 1;
                }
            }
            return new Totals(ALL.size(), total, lost, duplicated, unexpected);
        }

        private State awaitDone(String prefix, int count) throws InterruptedException {
            Instant deadline = Instant.now().plus(MAX_WAIT);
            State state = state(prefix);
            while (state.delivered() + state.failed() < count && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                state = state(prefix);
            }
            return state;
        }

        private String reason(String prefix) {
            for (Municipality m : municipalities) {
                var reason = jdbc.sql("select failure_reason from " + m.tenant().schema()
                                + ".intake_delivery where reference like ? and failure_reason is not null limit 1")
                        .param(prefix + "-%").query(String.class).optional();
                if (reason.isPresent()) {
                    return reason.get();
                }
            }
            return "none recorded";
        }

        /** The outbox rows of one run over all municipalities' schemas. */
        private State state(String prefix) {
            String rows = municipalities.stream()
                    .map(m -> "select reference, status, attempts, delivered_at from " + m.tenant().schema()
                            + ".intake_delivery")
                    .collect(Collectors.joining(" union all "));
            return jdbc.sql("""
                    select count(*) filter (where status = 'DELIVERED') as delivered,
                           count(*) filter (where status = 'FAILED') as failed,
                           coalesce(sum(attempts), 0) as attempts, coalesce(max(attempts), 0) as max_attempts,
                           min(delivered_at) as first_delivered, max(delivered_at) as last_delivered
                    from (%s) d where reference like :prefix""".formatted(rows))
                    .param("prefix", prefix + "-%")
                    .query((rs, i) -> new State(rs.getInt("delivered"), rs.getInt("failed"), rs.getInt("attempts"),
                            rs.getInt("max_attempts"), instant(rs.getTimestamp("first_delivered")),
                            instant(rs.getTimestamp("last_delivered"))))
                    .single();
        }

        private static Instant instant(Timestamp timestamp) {
            return timestamp == null ? null : timestamp.toInstant();
        }
    }

    private record State(int delivered, int failed, int attempts, int maxAttempts, Instant firstDelivered,
            Instant lastDelivered) {
    }

    private static List<String> report(TestDatabase.Connection db, List<Outcome> outcomes, Totals totals,
            List<ReceivedRequest> warmUp, List<String> violations) {
        List<String> lines = new ArrayList<>(List.of("# Naober delivery benchmark", "",
                "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", database: " + db.kind()
                        + "; app, worker(s), ZGW fake and PostgreSQL share the machine.", "",
                "%d municipalities on the ZGW channel (a client and RSIN each, one fake), %d intakes per run spread "
                        .formatted(MUNICIPALITIES, INTAKES)
                        + "evenly, PDF %,d bytes; the worker's normal settings (poll 2 s, batch 20 per municipality, "
                        .formatted(InMemoryDeliverableIntakes.PDF_BYTES)
                        + "back-off 10 s ×2, breaker open 10 s).", "",
                "| run | intakes | workers | time | intakes/s | attempts (max per intake) | lost | duplicated | parked |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (Outcome o : outcomes) {
            double seconds = o.took().toMillis() / 1000.0;
            lines.add("| %s | %,d | %d | %.1f s%s | %.1f | %,d (%d) | %d | %d | %d |".formatted(o.run(), o.intakes(),
                    o.workers(), seconds, o.run().startsWith("(c)") ? " to drain" : "",
                    seconds == 0 ? 0 : o.intakes() / seconds, o.attempts(), o.maxAttempts(), o.lost(),
                    o.duplicated(), o.failed()));
        }
        lines.add("");
        for (Outcome o : outcomes) {
            lines.add("- " + o.run() + ": " + o.note() + "; on the fake: " + o.fakeDelta().entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("abonnement") && !e.getKey().startsWith("notificat"))
                    .map(e -> e.getKey() + " +" + e.getValue()).collect(Collectors.joining(", ")));
        }
        lines.add(("- (d) over all runs (warm-up included): %,d intakes queued, %,d zaken on the fake, %d lost, "
                + "%d duplicated, %d not queued (counted ").formatted(totals.intakes(), totals.zaken(), totals.lost(),
                totals.duplicated(), totals.unexpected())
                + "with the fake's zaken per bronorganisatie and identificatie); fake's own violations: "
                + violations.size());
        Map<String, Long> perCall = new TreeMap<>(warmUp.stream().collect(Collectors.groupingBy(
                r -> r.method() + " " + r.path().replaceAll("/[0-9a-f-]{36}", "/{uuid}"), Collectors.counting())));
        lines.add("- requests per delivery (warm-up, %d deliveries): %.1f — ".formatted(MUNICIPALITIES,
                warmUp.size() / (double) MUNICIPALITIES) + perCall.entrySet().stream()
                .map(e -> e.getKey() + " ×%.0f".formatted(e.getValue() / (double) MUNICIPALITIES))
                .collect(Collectors.joining(", ")));
        return lines;
    }
}
