package nl.naober.tenants.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.NewTenant;
import nl.naober.tenants.OffboardingResult;
import nl.naober.tenants.ProvisioningIncompleteException;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantConflictException;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.tenants.TenantProvisioningStep;
import nl.naober.tenants.TenantSchemaMigrator;
import nl.naober.tenants.TenantStatus;
import nl.naober.tenants.UnknownTenantException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Provisioning is a fixed sequence of idempotent steps (registry row, schema and migrations,
 * extension steps, active), and the registry status says how far it got. Any step may fail; the
 * next run repeats every step, each of which tolerates finding its work already done. Creating,
 * exporting and dropping a schema happen on the migration login ({@code owner}), which owns the
 * schemas; the registry is written by the app's own login.
 */
class DefaultTenantProvisioning implements TenantProvisioning {

    private static final Logger log = LoggerFactory.getLogger(DefaultTenantProvisioning.class);

    private final JdbcTenantRegistry registry;
    private final TenantSchemaMigrator migrator;
    private final TenantArchiveExporter exporter;
    private final List<TenantProvisioningStep> steps;
    private final JdbcClient owner;

    DefaultTenantProvisioning(JdbcTenantRegistry registry, TenantSchemaMigrator migrator,
            TenantArchiveExporter exporter, List<TenantProvisioningStep> steps, JdbcClient owner) {
        this.registry = registry;
        this.migrator = migrator;
        this.exporter = exporter;
        this.steps = List.copyOf(steps);
        this.owner = owner;
    }

    @Override
    public Tenant register(NewTenant tenant) {
        if (!registry.insertIfAbsent(tenant)) {
            Tenant existing = registry.find(tenant.id()).orElse(null);
            if (existing == null) {
                Tenant holder = registry.findByCbsCode(tenant.cbsCode()).orElseThrow();
                throw new TenantConflictException("cbsCode", "CBS-code " + tenant.cbsCode()
                        + " is al in gebruik door gemeente '" + holder.id().slug() + "'.");
            }
            if (!(existing.status() == TenantStatus.PROVISIONING && sameRegistration(existing, tenant))) {
                throw new TenantConflictException("slug",
                        "Er is al een gemeente met de korte naam '" + tenant.id().slug() + "'.");
            }
            log.info("Resuming provisioning of {}", tenant.id());
        }
        return provision(tenant.id());
    }

    @Override
    public Tenant provision(TenantId id) {
        Tenant tenant = registry.find(id).orElseThrow(() -> new UnknownTenantException(id));
        switch (tenant.status()) {
            case ACTIVE -> {
                migrator.migrate(id);
                return tenant;
            }
            case OFFBOARDING, OFFBOARDED -> throw new TenantConflictException("slug",
                    "Gemeente '" + id.slug() + "' is afgemeld en kan niet opnieuw worden ingericht.");
            case PROVISIONING -> {
                // the sequence below runs in full on every attempt
            }
        }
        run(id, "schema-migration", () -> migrator.migrate(id));
        for (TenantProvisioningStep step : steps) {
            log.debug("Provisioning {}: {}", id, step.name());
            run(id, step.name(), () -> step.provision(tenant));
        }
        registry.markActive(id);
        log.info("Municipality {} is active", id);
        return registry.find(id).orElseThrow();
    }

    @Override
    public OffboardingResult offboard(TenantId id) {
        Tenant tenant = registry.find(id).orElseThrow(() -> new UnknownTenantException(id));
        if (tenant.status() == TenantStatus.OFFBOARDED) {
            return new OffboardingResult(tenant, Path.of(tenant.exportLocation()), tenant.exportSha256(), -1, -1);
        }
        registry.markOffboarding(id);
        TenantArchiveExporter.Export export = null;
        if (schemaExists(id)) {
            export = exporter.export(tenant);
            registry.recordExport(id, export.archive().toString(), export.sha256());
        } else if (tenant.exportLocation() == null || !Files.exists(Path.of(tenant.exportLocation()))) {
            // nothing to export and no archive: the schema was never created (failed provisioning)
            log.warn("Offboarding {}: no schema and no earlier export", id);
        }
        for (TenantProvisioningStep step : steps.reversed()) {
            step.deprovision(tenant);
        }
        owner.sql("drop schema if exists " + SchemaNames.quoted(id.schema()) + " cascade").update();
        registry.markOffboarded(id);
        Tenant offboarded = registry.find(id).orElseThrow();
        log.info("Municipality {} is offboarded; export at {}", id, offboarded.exportLocation());
        return export == null
                ? new OffboardingResult(offboarded, pathOrNull(offboarded.exportLocation()), offboarded.exportSha256(), 0, 0)
                : new OffboardingResult(offboarded, export.archive(), export.sha256(), export.tables(), export.rows());
    }

    private static void run(TenantId id, String step, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Provisioning of {} stopped at step {}", id, step, e);
            throw new ProvisioningIncompleteException(id, step, e);
        }
    }

    private boolean schemaExists(TenantId id) {
        return owner.sql("select exists (select 1 from pg_namespace where nspname = ?)")
                .param(id.schema()).query(Boolean.class).single();
    }

    private static boolean sameRegistration(Tenant existing, NewTenant wanted) {
        return existing.name().equals(wanted.name()) && existing.cbsCode().equals(wanted.cbsCode())
                && existing.rsin().equals(wanted.rsin());
    }

    private static Path pathOrNull(String location) {
        return Objects.isNull(location) ? null : Path.of(location);
    }
}
