package nl.naober.tenants.internal;

import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.tenants.TenantSchemaMigrator;
import nl.naober.tenants.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Before the application takes traffic: finishes provisioning that stopped half-way, then
 * migrates every active tenant schema in parallel. A failure stops the start-up: serving a
 * municipality on a schema of the wrong version would be worse than not serving.
 */
class StartupTenantMigration implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupTenantMigration.class);

    private final JdbcTenantRegistry registry;
    private final TenantProvisioning provisioning;
    private final TenantSchemaMigrator migrator;

    StartupTenantMigration(JdbcTenantRegistry registry, TenantProvisioning provisioning,
            TenantSchemaMigrator migrator) {
        this.registry = registry;
        this.provisioning = provisioning;
        this.migrator = migrator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Tenant unfinished : registry.findByStatus(TenantStatus.PROVISIONING)) {
            try {
                provisioning.provision(unfinished.id());
            } catch (RuntimeException e) {
                log.error("Provisioning of {} is still unfinished; retry via the API", unfinished.id(), e);
            }
        }
        List<TenantId> active = registry.findByStatus(TenantStatus.ACTIVE).stream().map(Tenant::id).toList();
        TenantSchemaMigrator.Summary summary = migrator.migrateAll(active);
        if (!summary.succeeded()) {
            throw new IllegalStateException("Tenant schema migration failed for " + summary.failures().size()
                    + " of " + summary.tenants() + " municipalities: " + summary.failures());
        }
        log.info("Migrated {} tenant schemas in {} ms", summary.tenants(), summary.took().toMillis());
    }
}
