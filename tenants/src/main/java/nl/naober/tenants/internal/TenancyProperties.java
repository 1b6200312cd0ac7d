package nl.naober.tenants.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the tenancy layer ({@code naober.tenants.*}).
 *
 * @param migrationsLocation Flyway location of the tenant schema migrations (several: comma-separated)
 * @param migrationThreads   how many tenant schemas are migrated at the same time at start-up;
 *                           keep it below the connection pool size
 * @param migrateOnStartup   migrate every active tenant schema (and resume unfinished
 *                           provisioning) when the application starts
 * @param exportDirectory    where offboarding writes the archives of a municipality's data
 * @param migration          the owner login of the schemas, for migrations, schema creation and
 *                           offboarding; without it, the login of {@code spring.datasource.*}
 *                           does that too (one login: the app can then change the structure)
 * @param appRole            the database role the app's request pool logs in as, which the
 *                           migrations grant row access to; default {@code spring.datasource.username}
 */
@ConfigurationProperties("naober.tenants")
public record TenancyProperties(String migrationsLocation, Integer migrationThreads, Boolean migrateOnStartup,
        Path exportDirectory, Migration migration, String appRole) {

    public TenancyProperties {
        migrationsLocation = migrationsLocation == null ? "classpath:db/tenant" : migrationsLocation;
        migrationThreads = migrationThreads == null ? 4 : Math.max(1, migrationThreads);
        migrateOnStartup = migrateOnStartup == null || migrateOnStartup;
        exportDirectory = exportDirectory == null
                ? Path.of(System.getProperty("user.home"), ".naober", "exports") : exportDirectory;
        migration = migration == null ? new Migration(null, null) : migration;
        appRole = appRole == null || appRole.isBlank() ? null : appRole.strip();
    }

    /**
     * The owner login ({@code naober.tenants.migration.*}); the URL is {@code spring.datasource.url}.
     *
     * @param username the login; empty means the login of {@code spring.datasource.username}
     * @param password its password
     */
    public record Migration(String username, String password) {

        public Migration {
            username = username == null || username.isBlank() ? null : username;
        }

        @Override
        public String toString() {
            return "Migration[username=" + username + "]"; // never the password in a log line
        }
    }
}
