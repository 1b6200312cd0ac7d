package nl.naober.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;
import nl.naober.platform.NaoberApplication;
import nl.naober.platform.privacy.PersonalDataCipher;
import nl.naober.tenants.NewTenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;
import nl.naober.testing.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #7, item 8: a generator seeds a realistic municipality (30 villages, 100,000 contacts over
 * three years with themes, channels, routes, minutes and functions); the benchmark reports the
 * time to render the municipality's yearly dashboard PDF (through the API, as a policy officer)
 * divided by the time of the same figures as one plain SQL aggregate, measured in one run, and the
 * JVM's peak heap while rendering with 10,000 and with 100,000 contacts. Reports aggregate in SQL
 * and hand Jasper figures, not rows, so the peak heap should not grow with the contacts.
 * The generator also seeds 1,000 volunteers over the villages, two in three with a VOG, each with
 * two entries of hours a month in the dashboard's year, so the volunteers' figures are part of
 * every rendering.
 * No time is asserted; results go to {@code target/report-benchmark-results.md}.
 */
public final class ReportBenchmark {

    private static final int VILLAGES = Integer.getInteger("bench.villages", 30);
    private static final int SMALL = Integer.getInteger("bench.smallContacts", 10_000);
    private static final int LARGE = Integer.getInteger("bench.largeContacts", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 1_000);

    public static void main(String[] args) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NaoberApplication.class)
                .properties(Map.ofEntries(
                        Map.entry("spring.datasource.url", db.jdbcUrl()),
                        Map.entry("spring.datasource.username", db.appUsername()),
                        Map.entry("spring.datasource.password", db.appPassword()),
                        Map.entry("naober.tenants.migration.username", db.username()),
                        Map.entry("naober.tenants.migration.password", db.password()),
                        Map.entry("spring.security.oauth2.resourceserver.jwt.public-key-location",
                                TestTokens.publicKeyLocation()),
                        // test data only: the fixed development key of the privacy module
                        Map.entry("naober.privacy.allow-development-key", "true"),
                        Map.entry("server.port", "0"),
                        Map.entry("logging.level.root", "warn"),
                        Map.entry("logging.level.nl.naober", "warn")))
                .run()) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String slug = "rapport-" + Long.toString(System.nanoTime(), 36);
            app.getBean(TenantProvisioning.class).register(new NewTenant(TenantId.of(slug), "Benchmark " + slug,
                    new CbsCode("GM" + (1000 + (int) (System.nanoTime() % 8000))), new Rsin(TestIdentifiers.validRsin())));
            String schema = TenantId.of(slug).schema();
            // the owner seeds straight into the schema: a generator, not the API (100,000 posts would take an hour)
            JdbcClient owner = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    db.jdbcUrl(), db.username(), db.password()));
            int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() - 1;
            villages(owner, schema);
            // one real ciphertext of the municipality's key for every volunteer's name: nothing in a
            // report decrypts it, but the rows stay readable for the app like real ones
            String name = TenantContext.supplyAs(TenantId.of(slug), () -> app.getBean(PersonalDataCipher.class)
                    .encrypt("Vrijwilliger"));
            volunteers(owner, schema, name, year);

            List<String> report = new ArrayList<>(List.of("# Naober report benchmark", "",
                    "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                            + System.getProperty("java.version") + ", max heap "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, database: " + db.kind(), "",
                    "Municipality: " + VILLAGES + " villages, " + VOLUNTEERS + " volunteers, contacts spread over " + (year - 2) + "–" + year
                            + ", dashboard of " + year + " (all villages, trends per quarter, suppressed).", "",
                    "| contacts | contacts in " + year + " | SQL aggregate (median) | dashboard PDF (median) | PDF ÷ SQL "
                            + "| PDF size | peak heap while rendering |",
                    "|---:|---:|---:|---:|---:|---:|---:|"));
            String token = TestTokens.of(slug, "policy-officer");
            HttpClient http = HttpClient.newHttpClient();
            String path = "http://localhost:" + port + "/api/v1/municipalities/" + slug + "/dashboard/pdf?year=" + year;
            int seeded = 0;
            for (int target : new int[] {SMALL, LARGE}) {
                contacts(owner, schema, seeded, target - seeded, year);
                seeded = target;
                owner.sql("analyze " + schema + ".contact").update();
                owner.sql("analyze " + schema + ".contact_theme_link").update();
                long inYear = owner.sql("select count(*) from " + schema + ".contact where extract(year from contact_date) = ?")
                        .param(year).query(Long.class).single();
                render(http, path, token); // warm-up: compile the report, JIT
                sql(owner, schema, year);
                double[] sqlMillis = new double[ROUNDS];
                double[] pdfMillis = new double[ROUNDS];
                long size = 0;
                long peak = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    sql(owner, schema, year);
                    sqlMillis[round] = (System.nanoTime() - start) / 1e6;
                    System.gc();
                    resetPeaks();
                    start = System.nanoTime();
                    size = render(http, path, token);
                    pdfMillis[round] = (System.nanoTime() - start) / 1e6;
                    peak = Math.max(peak, peakHeap());
                }
                double sqlMedian = median(sqlMillis);
                double pdfMedian = median(pdfMillis);
                report.add("| %,d | %,d | %.1f ms | %.1f ms | %.1f | %,d bytes | %,d MiB |".formatted(target, inYear,
                        sqlMedian, pdfMedian, pdfMedian / sqlMedian, size, peak / (1024 * 1024)));
            }
            report.add("");
            report.add("The PDF time includes the HTTP call, every figure source (the year and its four quarters), "
                    + "suppression and Jasper; the SQL aggregate is one query per indicator group of the same year. "
                    + "Peak heap is of the whole JVM (app and benchmark) after a GC, so it includes the app's baseline.");
            String text = String.join("\n", report) + "\n";
            System.out.println("\n" + text);
            Path out = Path.of("target", "report-benchmark-results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        }
        System.exit(0);
    }

    private static void villages(JdbcClient owner, String schema) {
        owner.sql("""
                insert into %1$s.village (id, name, slug, status, created_at, updated_at)
                select gen_random_uuid(), 'Dorp ' || n, 'dorp-' || n, 'ACTIVE', now(), now() from generate_series(1, ?) n"""
                .formatted(schema)).param(VILLAGES).update();
        owner.sql("""
                insert into %1$s.village_function (village_id, function_code)
                select v.id, 'F' || f from %1$s.village v cross join generate_series(1, 18) f""".formatted(schema))
                .update();
    }

    /** Volunteers spread over the villages, two in three with a valid VOG, with hours twice a month in {@code year}. */
    private static void volunteers(JdbcClient owner, String schema, String encryptedName, int year) {
        owner.sql("""
                insert into %1$s.volunteer (id, first_name_enc, last_name_enc, consent_to_contact, started_on,
                                            registered_by, created_at, updated_at)
                select gen_random_uuid(), ?, ?, true, make_date(? - 2, 1, 1) + (n * 37 %% 700), gen_random_uuid(),
                       now(), now()
                from generate_series(1, ?) n""".formatted(schema))
                .params(encryptedName, encryptedName, year, VOLUNTEERS).update();
        owner.sql("""
                with villages as (select id, row_number() over (order by name) - 1 as i from %1$s.village),
                volunteers as (select id, row_number() over (order by id) - 1 as i from %1$s.volunteer)
                insert into %1$s.volunteer_village (volunteer_id, village_id)
                select w.id, v.id from volunteers w join villages v on v.i = w.i %% ?""".formatted(schema))
                .param(VILLAGES).update();
        owner.sql("""
                insert into %1$s.volunteer_vog (id, volunteer_id, issued_on, valid_until, recorded_by, created_at)
                select gen_random_uuid(), w.id, make_date(?, 1, 1), make_date(? + 3, 1, 1), gen_random_uuid(), now()
                from (select id, row_number() over (order by id) as i from %1$s.volunteer) w where w.i %% 3 <> 0"""
                .formatted(schema)).params(year - 1, year - 1).update();
        owner.sql("""
                insert into %1$s.volunteer_hours (id, volunteer_id, village_id, worked_on, quarters, activity, created_at)
                select gen_random_uuid(), vv.volunteer_id, vv.village_id, make_date(?, m, 1 + d * 13), 2 + (m + d) %% 12,
                       (array['HUISBEZOEK','VERVOER','BOODSCHAPPEN','KLUSSEN','ACTIVITEIT'])[1 + (m + d) %% 5], now()
                from %1$s.volunteer_village vv cross join generate_series(1, 12) m cross join generate_series(0, 1) d"""
                .formatted(schema)).param(year).update();
    }

    /** Contacts spread evenly over three years and the villages, with 1–2 themes each. */
    private static void contacts(JdbcClient owner, String schema, int offset, int count, int year) {
        owner.sql("""
                with villages as (select id, row_number() over (order by name) - 1 as i from %1$s.village),
                numbered as (select n from generate_series(?, ? - 1) n)
                insert into %1$s.contact (id, village_id, supporter_id, contact_date, channel, route, minutes,
                                          function_code, created_at, updated_at)
                select gen_random_uuid(), v.id, v.id, make_date(? - 2, 1, 1) + (n * 7919 %% 1095),
                       (array['OFFICE_HOURS','HOME_VISIT','PHONE','EMAIL','MESSAGE','IN_THE_STREET','VIA_VOLUNTEER',
                              'VIA_PARTNER','ACTIVITY'])[1 + n %% 9],
                       (array['SOLVED_DIRECTLY','OWN_NETWORK','VOLUNTEER','ASSOCIATION','PROFESSIONAL','WMO'])[1 + n * 7 %% 6],
                       5 + n * 13 %% 86, 'F' || (1 + n * 11 %% 18), now(), now()
                from numbered join villages v on v.i = n %% ?""".formatted(schema))
                .params(offset, offset + count, year, VILLAGES).update();
        owner.sql("""
                insert into %1$s.contact_theme_link (contact_id, theme_id)
                select c.id, t.id from %1$s.contact c
                join lateral (select id from %1$s.contact_theme order by position
                              offset (abs(hashtext(c.id::text)) %% 12) limit 1 + (abs(hashtext(c.id::text)) %% 2)) t on true
                where not exists (select 1 from %1$s.contact_theme_link l where l.contact_id = c.id)"""
                .formatted(schema)).update();
    }

    /** The dashboard's figures of the year as plain SQL aggregates, without the app. */
    private static void sql(JdbcClient owner, String schema, int year) {
        String period = " where c.contact_date between make_date(" + year + ", 1, 1) and make_date(" + year + ", 12, 31)";
        for (String query : List.of(
                "select c.village_id, count(*), count(distinct c.resident_id) from %1$s.contact c" + period + " group by 1",
                "select c.village_id, c.function_code, sum(c.minutes) from %1$s.contact c" + period + " group by 1, 2",
                "select c.village_id, c.channel, count(*) from %1$s.contact c" + period + " group by 1, 2",
                "select c.village_id, c.route, count(*) from %1$s.contact c" + period + " group by 1, 2",
                "select c.village_id, l.theme_id, count(*) from %1$s.contact c join %1$s.contact_theme_link l"
                        + " on l.contact_id = c.id" + period + " group by 1, 2",
                "select c.village_id, extract(quarter from c.contact_date), count(*), sum(c.minutes) from %1$s.contact c"
                        + period + " group by 1, 2",
                "select vv.village_id, count(*), count(*) filter (where exists (select 1 from %1$s.volunteer_vog g"
                        + " where g.volunteer_id = v.id)) from %1$s.volunteer v join %1$s.volunteer_village vv"
                        + " on vv.volunteer_id = v.id group by 1",
                "select h.village_id, sum(h.quarters) * 15 from %1$s.volunteer_hours h where extract(year from h.worked_on) = "
                        + year + " group by 1")) {
            owner.sql(query.formatted(schema)).query().listOfRows();
        }
    }

    private static long render(HttpClient http, String path, String token) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("dashboard PDF answered " + response.statusCode());
        }
        return response.body().length;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
