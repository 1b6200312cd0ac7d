package nl.naober.tenants.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Migrates the shared {@code platform} schema (the tenant registry) when the application starts. */
class PlatformSchemaMigration {

    PlatformSchemaMigration(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SchemaNames.PLATFORM)
                .defaultSchema(SchemaNames.PLATFORM)
                .createSchemas(true)
                .locations("classpath:db/platform")
                .cleanDisabled(true)
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
