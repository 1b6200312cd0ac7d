package nl.naober.tenants.internal;

import java.time.Clock;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.tenants.TenantProvisioningStep;
import nl.naober.tenants.TenantSchemaMigrator;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires schema-per-tenant into a Spring Boot application: wraps the pooled DataSource so every
 * connection follows the {@code TenantContext}, gives Hibernate the matching multi-tenancy
 * settings, migrates the platform schema and, at start-up, every active tenant schema.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(TenancyProperties.class)
public class TenancyAutoConfiguration {

    @Bean
    static BeanPostProcessor schemaSwitchingDataSourceWrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource pool && !(bean instanceof SchemaSwitchingDataSource)
                        && !(bean instanceof MigrationConnections)) {
                    return new SchemaSwitchingDataSource(pool);
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    HibernatePropertiesCustomizer tenantSchemaHibernateProperties(DataSource dataSource) {
        SchemaSwitchingDataSource switching = (SchemaSwitchingDataSource) dataSource;
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
                    new TenantSchemaConnectionProvider(switching));
            ContextTenantResolver resolver = new ContextTenantResolver();
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
            properties.put(JdbcSettings.STATEMENT_INSPECTOR, resolver);
        };
    }

    /**
     * Migrations run on a small pool of their own, logged in as the owner of the schemas: Flyway
     * holds two connections per schema at a time, and must neither starve nor wait for the request
     * pool. Its connections close when idle.
     */
    @Bean(destroyMethod = "close")
    MigrationConnections migrationConnections(DataSourceProperties properties, TenancyProperties tenancy) {
        MigrationConnections connections = MigrationConnections.create(properties, tenancy);
        HikariDataSource pool = connections.dataSource();
        pool.setPoolName("tenant-migrations");
        pool.setMaximumPoolSize(2 * tenancy.migrationThreads() + 1);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(10_000);
        return connections;
    }

    @Bean
    PlatformSchemaMigration platformSchemaMigration(MigrationConnections connections) {
        return new PlatformSchemaMigration(connections.dataSource(), connections.appRole());
    }

    @Bean
    JdbcTenantRegistry tenantRegistry(DataSource dataSource, Clock clock, PlatformSchemaMigration migrated) {
        return new JdbcTenantRegistry(JdbcClient.create(dataSource), clock);
    }

    @Bean
    TenantSchemaMigrator tenantSchemaMigrator(MigrationConnections connections, TenancyProperties properties) {
        return new TenantSchemaMigrator(connections.dataSource(), properties.migrationsLocation(),
                properties.migrationThreads(), connections.appRole());
    }

    @Bean
    TenantProvisioning tenantProvisioning(JdbcTenantRegistry registry, TenantSchemaMigrator migrator,
            MigrationConnections connections, TenancyProperties properties, Clock clock,
            ObjectProvider<TenantProvisioningStep> steps) {
        // the export must see every table, also one the app may not read, and only the owner can drop the schema
        JdbcClient owner = JdbcClient.create(connections.dataSource());
        return new DefaultTenantProvisioning(registry, migrator,
                new TenantArchiveExporter(owner, properties.exportDirectory(), clock), steps.orderedStream().toList(),
                owner);
    }

    @Bean
    @ConditionalOnProperty(name = "naober.tenants.migrate-on-startup", matchIfMissing = true)
    StartupTenantMigration startupTenantMigration(JdbcTenantRegistry registry, TenantProvisioning provisioning,
            TenantSchemaMigrator migrator) {
        return new StartupTenantMigration(registry, provisioning, migrator);
    }
}
