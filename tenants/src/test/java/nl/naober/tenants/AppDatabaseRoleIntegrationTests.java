package nl.naober.tenants;

import static nl.naober.tenants.TenantTestSupport.registerUnique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.testing.TestDatabase;
import nl.naober.testing.TestIdentifiers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The request pool logs in as the app's restricted role, the migrations as the owner of the
 * schemas: the app reads and writes rows, but cannot change, drop or take over a table, and a
 * privilege a migration takes away stays away.
 */
@SpringBootTest(properties = "naober.tenants.export-directory=${java.io.tmpdir}/naober-test-exports")
class AppDatabaseRoleIntegrationTests {

    private static final String APP = TestDatabase.APP_USERNAME;
    private static final String FIRST = "classpath:db/tenant";
    private static final String FIRST_AND_LATER = "classpath:db/tenant,classpath:db/privileges-test";

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    DataSource dataSource;

    final TestDatabase.Connection db = TestDatabase.get();
    final DataSource owner = new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());

    @Test
    void theRequestPoolLogsInAsTheAppRoleWhichOwnsNoSchemaAndMayCreateNothing() {
        Tenant tenant = registerUnique(provisioning, "role");
        JdbcClient app = JdbcClient.create(dataSource);

        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo(APP);
        assertThat(app.sql("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        for (String schema : new String[] {tenant.id().schema(), "platform", "naober_no_tenant", "public"}) {
            assertThat(app.sql("select pg_get_userbyid(nspowner) from pg_namespace where nspname = ?").param(schema)
                    .query(String.class).single()).as("owner of %s", schema).isNotEqualTo(APP);
            assertThat(app.sql("select has_schema_privilege(current_user, ?::text, 'CREATE')").param(schema)
                    .query(Boolean.class).single()).as("CREATE on %s", schema).isFalse();
        }
        assertThat(app.sql("select pg_get_userbyid(nspowner) from pg_namespace where nspname = ?")
                .param(tenant.id().schema()).query(String.class).single()).isEqualTo(db.username());
    }

    @Test
    void theRequestPoolCannotCreateAlterDropOrTruncateTablesButReadsAndWritesRows() {
        Tenant tenant = registerUnique(provisioning, "ddl");
        JdbcClient app = JdbcClient.create(dataSource);
        String schema = tenant.id().schema();

        TenantContext.runAs(tenant.id(), () -> {
            assertDenied(() -> app.sql("create table intruder (id int)").update());
            assertDenied(() -> app.sql("create table " + schema + ".intruder (id int)").update());
            assertDenied(() -> app.sql("alter table note add column extra text").update());
            assertDenied(() -> app.sql("create index note_text on note (text)").update());
            assertDenied(() -> app.sql("drop table note").update());
            assertDenied(() -> app.sql("truncate note").update());
            assertDenied(() -> app.sql("drop schema " + schema + " cascade").update());
            assertDenied(() -> app.sql("delete from flyway_schema_history").update());
            assertThat(app.sql("select count(*) from flyway_schema_history").query(Integer.class).single()).isPositive();

            assertRowAccess(app, "note");
        });
        assertDenied(() -> app.sql("create schema intruder").update());
        assertDenied(() -> app.sql("create table public.intruder (id int)").update());
        assertDenied(() -> app.sql("create table platform.intruder (id int)").update());
        assertDenied(() -> app.sql("alter table platform.tenant add column extra text").update());
        assertDenied(() -> app.sql("drop table platform.tenant").update());
        assertThat(app.sql("select count(*) from platform.tenant where slug = ?").param(tenant.id().slug())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void tablesThatALaterMigrationAddsAreReadAndWrittenByTheAppWithoutGrantsInTheMigration() {
        TenantId tenant = TenantId.of(TestIdentifiers.uniqueSlug("later"));
        new TenantSchemaMigrator(owner, FIRST, 1, APP).migrate(tenant);

        assertThat(new TenantSchemaMigrator(owner, FIRST_AND_LATER, 1, APP).migrate(tenant)).isEqualTo("2");

        TenantContext.runAs(tenant, () -> assertRowAccess(JdbcClient.create(dataSource), "later_note"));
    }

    @Test
    void aRevokeInAMigrationSurvivesReMigrationAndRestart() {
        TenantId stepByStep = TenantId.of(TestIdentifiers.uniqueSlug("revoke"));
        new TenantSchemaMigrator(owner, FIRST, 1, APP).migrate(stepByStep);
        new TenantSchemaMigrator(owner, FIRST_AND_LATER, 1, APP).migrate(stepByStep);
        TenantId allAtOnce = TenantId.of(TestIdentifiers.uniqueSlug("revoke"));
        new TenantSchemaMigrator(owner, FIRST_AND_LATER, 1, APP).migrate(allAtOnce);

        for (TenantId tenant : new TenantId[] {stepByStep, allAtOnce}) {
            assertAppendOnly(tenant);
            // what every start does: migrate each schema again, with a migrator of its own
            new TenantSchemaMigrator(owner, FIRST_AND_LATER, 1, APP).migrate(tenant);
            new TenantSchemaMigrator(owner, FIRST_AND_LATER, 1, APP).migrateAll(List.of(tenant));
            assertAppendOnly(tenant);
            TenantContext.runAs(tenant, () -> assertRowAccess(JdbcClient.create(dataSource), "later_note"));
        }
    }

    @Test
    void aSchemaFromBeforeTheAppRoleGetsItsGrantsOnceAndAfterwardsMigrationsDecide() {
        TenantId tenant = TenantId.of(TestIdentifiers.uniqueSlug("legacy"));
        // as every schema was migrated before there were two logins: by the owner, without grants
        Flyway.configure().dataSource(owner).schemas(tenant.schema()).defaultSchema(tenant.schema())
                .createSchemas(true).locations(FIRST).loggers("slf4j").load().migrate();
        JdbcClient app = JdbcClient.create(dataSource);
        TenantContext.runAs(tenant, () -> assertDenied(() -> app.sql("select count(*) from " + tenant.schema() + ".note")
                .query(Integer.class).single()));

        new TenantSchemaMigrator(owner, FIRST, 1, APP).migrate(tenant);

        TenantContext.runAs(tenant, () -> {
            assertRowAccess(app, "note");
            assertDenied(() -> app.sql("delete from flyway_schema_history").update());
        });
        // a privilege taken away afterwards (by a migration, or by hand) is not handed back on the next start
        JdbcClient.create(owner).sql("revoke delete on " + tenant.schema() + ".note from " + APP).update();
        new TenantSchemaMigrator(owner, FIRST, 1, APP).migrate(tenant);
        TenantContext.runAs(tenant, () -> assertDenied(() -> app.sql("delete from note").update()));
    }

    @Test
    void withOneLoginForEverythingNothingIsGranted() {
        TenantId tenant = TenantId.of(TestIdentifiers.uniqueSlug("single"));

        new TenantSchemaMigrator(owner, FIRST, 1, db.username()).migrate(tenant);

        JdbcClient ownerJdbc = JdbcClient.create(owner);
        assertThat(ownerJdbc.sql("select count(*) from pg_default_acl d join pg_namespace n on n.oid = d.defaclnamespace "
                + "where n.nspname = ?").param(tenant.schema()).query(Integer.class).single()).isZero();
        assertThat(ownerJdbc.sql("select has_schema_privilege(?::name, ?::text, 'USAGE')").params(APP, tenant.schema())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void provisioningAndOffboardingRunOnTheOwnerLoginWhileTheAppOnlyWritesRows() {
        Tenant tenant = registerUnique(provisioning, "offrole");
        UUID id = UUID.randomUUID();
        TenantContext.runAs(tenant.id(), () -> JdbcClient.create(dataSource)
                .sql("insert into note (id, text) values (?, ?)").params(id, "Inloopspreekuur").update());

        OffboardingResult result = provisioning.offboard(tenant.id());

        assertThat(result.tenant().status()).isEqualTo(TenantStatus.OFFBOARDED);
        assertThat(result.rows()).isEqualTo(1 + 2); // the note and two Flyway history rows
        assertThat(JdbcClient.create(owner).sql("select count(*) from pg_namespace where nspname = ?")
                .param(tenant.id().schema()).query(Integer.class).single()).isZero();
    }

    private void assertAppendOnly(TenantId tenant) {
        JdbcClient app = JdbcClient.create(dataSource);
        TenantContext.runAs(tenant, () -> {
            UUID id = UUID.randomUUID();
            assertThat(app.sql("insert into append_only_entry (id, text) values (?, ?)").params(id, "gebeurd")
                    .update()).isEqualTo(1);
            assertThat(app.sql("select text from append_only_entry where id = ?").param(id).query(String.class)
                    .single()).isEqualTo("gebeurd");
            assertDenied(() -> app.sql("update append_only_entry set text = 'anders' where id = ?").param(id).update());
            assertDenied(() -> app.sql("delete from append_only_entry where id = ?").param(id).update());
            assertDenied(() -> app.sql("truncate append_only_entry").update());
        });
    }

    private static void assertRowAccess(JdbcClient app, String table) {
        UUID id = UUID.randomUUID();
        assertThat(app.sql("insert into " + table + " (id, text) values (?, ?)").params(id, "Koffie").update())
                .isEqualTo(1);
        assertThat(app.sql("update " + table + " set text = ? where id = ?").params("Thee", id).update()).isEqualTo(1);
        assertThat(app.sql("select text from " + table + " where id = ?").param(id).query(String.class).single())
                .isEqualTo("Thee");
        assertThat(app.sql("delete from " + table + " where id = ?").param(id).update()).isEqualTo(1);
    }

    /** Refused for lack of privilege (SQLSTATE 42501: "permission denied", "must be owner"). */
    private static void assertDenied(Runnable statement) {
        assertThatThrownBy(statement::run).hasRootCauseInstanceOf(SQLException.class)
                .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState())
                        .as(e.getMessage()).isEqualTo("42501"));
    }
}
