package nl.naober.tenants.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the tenancy layer ({@code naober.tenants.*}).
 *
 * @param migrationsLocation Flyway location of the tenant schema migrations
 * @param migrationThreads   how many tenant schemas are migrated at the same time at start-up;
 *                           keep it below the connection pool size
 * @param migrateOnStartup   migrate every active tenant schema (and resume unfinished
 *                           provisioning) when the application starts
 * @param exportDirectory    where offboarding writes the archives of a municipality's data
 */
@ConfigurationProperties("naober.tenants")
public record TenancyProperties(String migrationsLocation, Integer migrationThreads, Boolean migrateOnStartup,
        Path exportDirectory) {

    public TenancyProperties {
        migrationsLocation = migrationsLocation == null ? "classpath:db/tenant" : migrationsLocation;
        migrationThreads = migrationThreads == null ? 4 : Math.max(1, migrationThreads);
        migrateOnStartup = migrateOnStartup == null || migrateOnStartup;
        exportDirectory = exportDirectory == null
                ? Path.of(System.getProperty("user.home"), ".naober", "exports") : exportDirectory;
    }
}
