package nl.naober.tenants.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the shared {@code platform} schema (the tenant registry) when the application starts,
 * on the migration login. The app role gets row access to the registry like to a tenant schema,
 * and {@code USAGE} on the empty {@code naober_no_tenant} schema that idle connections point at.
 */
class PlatformSchemaMigration {

    PlatformSchemaMigration(DataSource dataSource, String appRole) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SchemaNames.PLATFORM)
                .defaultSchema(SchemaNames.PLATFORM)
                .createSchemas(true)
                .locations("classpath:db/platform")
                .placeholders(Map.of("appRole", appRole))
                .callbacks(new AppRolePrivileges(appRole, List.of(SchemaNames.NO_TENANT)))
                .cleanDisabled(true)
                .loggers("slf4j")
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection()) {
            AppRolePrivileges.warnIfPrivileged(connection, appRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Checking the privileges of the app role " + appRole + " failed", e);
        }
    }
}
