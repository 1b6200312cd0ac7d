package nl.naober.tenants;

import static nl.naober.tenants.TenantTestSupport.registerUnique;
import static nl.naober.tenants.TenantTestSupport.uniqueTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;

@SpringBootTest(properties = "naober.tenants.export-directory=${java.io.tmpdir}/naober-test-exports")
class TenantProvisioningIntegrationTests {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    TenantRegistry registry;
    @Autowired
    DataSource dataSource;
    @Autowired
    FlakyStep flakyStep;
    @Autowired
    SmartInitializingSingleton startupTenantMigration;

    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(dataSource);
        flakyStep.failuresLeft.set(0);
        flakyStep.provisioned.clear();
        flakyStep.deprovisioned.clear();
    }

    @Test
    void registeringCreatesAMigratedSchemaAndActivatesTheMunicipality() {
        Tenant tenant = registerUnique(provisioning, "reg");

        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.activatedAt()).isNotNull();
        assertThat(tableExists(tenant.id(), "note")).isTrue();
        assertThat(migrationsApplied(tenant.id())).isEqualTo(1);
        assertThat(flakyStep.provisioned).containsEntry(tenant.id().slug(), 1);
    }

    @Test
    void provisioningTwiceEndsInTheSameState() {
        Tenant tenant = registerUnique(provisioning, "twice");

        Tenant again = provisioning.provision(tenant.id());

        assertThat(again).isEqualTo(tenant);
        assertThat(migrationsApplied(tenant.id())).isEqualTo(1);
    }

    @Test
    void provisioningThatFailedHalfWayIsCompletedByTheNextRun() {
        NewTenant wanted = uniqueTenant("crash");
        flakyStep.failuresLeft.set(1);

        assertThatThrownBy(() -> provisioning.register(wanted)).hasMessageContaining("simulated crash");
        Tenant halfWay = registry.find(wanted.id()).orElseThrow();
        assertThat(halfWay.status()).isEqualTo(TenantStatus.PROVISIONING);
        assertThat(tableExists(wanted.id(), "note")).isTrue();

        Tenant completed = provisioning.register(wanted);

        assertThat(completed.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(migrationsApplied(wanted.id())).isEqualTo(1);
        assertThat(flakyStep.provisioned).containsEntry(wanted.id().slug(), 2);
    }

    @Test
    void startUpResumesUnfinishedProvisioningAndMigratesEveryActiveSchema() {
        NewTenant unfinished = uniqueTenant("resume");
        flakyStep.failuresLeft.set(1);
        assertThatThrownBy(() -> provisioning.register(unfinished)).hasMessageContaining("simulated crash");
        // an active municipality whose schema is behind (here: not there at all)
        TenantId lagging = TenantId.of("lag-" + Long.toString(System.nanoTime(), 36));
        jdbc.sql("insert into platform.tenant (slug, name, cbs_code, rsin, status, registered_at) "
                        + "values (?, 'Achterloper', ?, '111222333', 'ACTIVE', ?)")
                .params(lagging.slug(), freeCbsCode(), Timestamp.from(Instant.now())).update();

        startupTenantMigration.afterSingletonsInstantiated();

        assertThat(registry.find(unfinished.id()).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tableExists(lagging, "note")).isTrue();
        assertThat(migrationsApplied(lagging)).isEqualTo(1);
    }

    @Test
    void rejectsASecondMunicipalityWithTheSameSlugOrCbsCode() {
        Tenant first = registerUnique(provisioning, "dup");
        NewTenant sameSlug = new NewTenant(first.id(), "Andere naam", first.cbsCode(), first.rsin());
        NewTenant sameCode = new NewTenant(TenantId.of(first.id().slug() + "-b"), "Ander", first.cbsCode(),
                first.rsin());

        assertThatThrownBy(() -> provisioning.register(sameSlug))
                .isInstanceOfSatisfying(TenantConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"))
                .hasMessageContaining("korte naam");
        assertThatThrownBy(() -> provisioning.register(sameCode))
                .isInstanceOfSatisfying(TenantConflictException.class, e -> assertThat(e.field()).isEqualTo("cbsCode"))
                .hasMessageContaining("CBS-code");
        assertThat(registry.find(sameCode.id())).isEmpty();
    }

    @Test
    void offboardingExportsAllDataThenDropsTheSchema() throws Exception {
        Tenant tenant = registerUnique(provisioning, "off");
        UUID noteId = UUID.randomUUID();
        TenantContext.runAs(tenant.id(), () -> JdbcClient.create(dataSource)
                .sql("insert into note (id, text) values (?, ?)").params(noteId, "Koffieochtend dinsdag").update());

        OffboardingResult result = provisioning.offboard(tenant.id());

        assertThat(result.tenant().status()).isEqualTo(TenantStatus.OFFBOARDED);
        assertThat(schemaExists(tenant.id())).isFalse();
        assertThat(flakyStep.deprovisioned).contains(tenant.id().slug());
        assertThat(result.sha256()).isEqualTo(sha256(result.archive()));
        Map<String, String> entries = unzip(result.archive());
        assertThat(entries.get("tables/note.json")).contains(noteId.toString()).contains("Koffieochtend dinsdag");
        assertThat(entries.get("manifest.json")).contains("\"municipality\": \"" + tenant.id().slug() + "\"")
                .contains("\"note\": 1");
        assertThat(result.rows()).isEqualTo(1 + 2); // the note and two Flyway history rows

        OffboardingResult again = provisioning.offboard(tenant.id());
        assertThat(again.archive()).isEqualTo(result.archive());
        assertThat(Files.exists(result.archive())).isTrue();
        assertThatThrownBy(() -> provisioning.provision(tenant.id())).isInstanceOf(TenantConflictException.class);
    }

    private String freeCbsCode() {
        for (int i = 9999; ; i--) {
            CbsCode code = new CbsCode(String.format("GM%04d", i));
            if (jdbc.sql("select count(*) from platform.tenant where cbs_code = ?").param(code.value())
                    .query(Integer.class).single() == 0) {
                return code.value();
            }
        }
    }

    private boolean tableExists(TenantId tenant, String table) {
        return jdbc.sql("select count(*) from information_schema.tables where table_schema = ? and table_name = ?")
                .params(tenant.schema(), table).query(Integer.class).single() == 1;
    }

    private boolean schemaExists(TenantId tenant) {
        return jdbc.sql("select count(*) from information_schema.schemata where schema_name = ?")
                .param(tenant.schema()).query(Integer.class).single() == 1;
    }

    private int migrationsApplied(TenantId tenant) {
        return TenantContext.supplyAs(tenant, () -> JdbcClient.create(dataSource)
                .sql("select count(*) from flyway_schema_history where success and type = 'SQL'").query(Integer.class).single());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Map<String, String> unzip(Path archive) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** An extension step that can be told to fail, like a Keycloak that is down. */
    static class FlakyStep implements TenantProvisioningStep {
        final AtomicInteger failuresLeft = new AtomicInteger();
        final Map<String, Integer> provisioned = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Set<String> deprovisioned = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "flaky";
        }

        @Override
        public void provision(Tenant tenant) {
            provisioned.merge(tenant.id().slug(), 1, Integer::sum);
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("simulated crash in step " + name());
            }
        }

        @Override
        public void deprovision(Tenant tenant) {
            deprovisioned.add(tenant.id().slug());
        }
    }

    @TestConfiguration
    static class Steps {
        @Bean
        @Order(1)
        FlakyStep flakyStep() {
            return new FlakyStep();
        }
    }
}
