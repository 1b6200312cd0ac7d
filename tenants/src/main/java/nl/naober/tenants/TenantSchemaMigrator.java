package nl.naober.tenants;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.internal.AppRolePrivileges;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings tenant schemas to the latest version with Flyway: one history table per schema, so each
 * tenant migrates independently and many can migrate at once. Migrating an up-to-date schema is
 * a cheap no-op, which makes the operation idempotent.
 *
 * <p>Runs on the owner login of the schemas (the migration login), never on the app's request
 * pool. Each run also makes sure the app's database role has row access to the schema: see
 * {@link AppRolePrivileges} for what is granted, when, and why only once. Migrations can name
 * that role as {@code ${appRole}}, for example to take a privilege away from one table.
 */
public class TenantSchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(TenantSchemaMigrator.class);

    private final DataSource dataSource;
    private final String[] locations;
    private final int threads;
    private final String appRole;

    /**
     * @param dataSource connections of the migration login, which owns (and creates) the schemas
     * @param location   Flyway location(s) of the migrations, comma-separated
     * @param threads    schemas migrated at the same time by {@link #migrateAll}
     * @param appRole    the app's database role, granted row access and passed to the migrations
     *                   as placeholder {@code ${appRole}}
     */
    public TenantSchemaMigrator(DataSource dataSource, String location, int threads, String appRole) {
        this.dataSource = dataSource;
        this.locations = location.strip().split("\\s*,\\s*");
        this.threads = threads;
        this.appRole = AppRolePrivileges.validRoleName(appRole);
    }

    /** Creates the schema if needed and applies pending migrations; returns the version reached. */
    public String migrate(TenantId tenant) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(tenant.schema())
                .defaultSchema(tenant.schema())
                .createSchemas(true)
                .locations(locations)
                .placeholders(Map.of("appRole", appRole))
                .callbacks(new AppRolePrivileges(appRole, List.of()))
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
