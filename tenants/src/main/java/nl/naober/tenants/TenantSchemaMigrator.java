package nl.naober.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings tenant schemas to the latest version with Flyway: one history table per schema, so each
 * tenant migrates independently and many can migrate at once. Migrating an up-to-date schema is
 * a cheap no-op, which makes the operation idempotent.
 */
public class TenantSchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);

    private final DataSource dataSource;
    private final String location;
    private final int threads;

    public TenantSchemaMigrator(DataSource dataSource, String location, int threads) {
        this.dataSource = dataSource;
        this.location = location;
        this.threads = threads;
    }

    /** Creates the schema if needed and applies pending migrations; returns the version reached. */
    public String migrate(TenantId tenant) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schema())
                .defaultSchema(tenant.schema())
                .createSchemas(true)
                .locations(location)
                .cleanDisabled(true)
                .loggers("slf4j")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Migrated schema {} to version {} ({} migrations)", tenant.schema(), result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result.targetSchemaVersion;
    }

    /**
     * Migrates all given tenants in parallel. Every tenant is attempted; if any fails, the failures
     * are reported together afterwards.
     */
    public Summary migrateAll(Collection<TenantId> tenants) {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform()
                .name("tenant-migration-", 0).daemon(true).factory())) {
            List<Future<String>> futures = new ArrayList<>();
            List<TenantId> order = List.copyOf(tenants);
            for (TenantId tenant : order) {
                futures.add(pool.submit(() -> migrate(tenant)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    log.error("Migration of tenant {} failed", order.get(i), e.getCause());
                    failures.add(order.get(i).slug() + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(order.get(i).slug() + ": interrupted");
                }
            }
        }
        return new Summary(tenants.size(), failures, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Outcome of {@link #migrateAll}. */
    public record Summary(int tenants, List<String> failures, Duration took) {

        public boolean succeeded() {
            return failures.isEmpty();
        }
    }
}
