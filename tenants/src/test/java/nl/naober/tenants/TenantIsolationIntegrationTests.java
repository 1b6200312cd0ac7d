package nl.naober.tenants;

import static nl.naober.tenants.TenantTestSupport.registerUnique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two municipalities hold rows with the same ids; no access path may mix them up. The pool has a
 * single connection, so every unit of work reuses the connection the other tenant just used.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=1", "naober.tenants.migration-threads=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIntegrationTests {

    private static final UUID SHARED_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    NoteRepository notes;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    Tenant a;
    Tenant b;

    @BeforeAll
    void twoMunicipalitiesWithRowsOfTheSameId() {
        a = registerUnique(provisioning, "iso-a");
        b = registerUnique(provisioning, "iso-b");
        TenantContext.runAs(a.id(), () -> notes.save(new Note(SHARED_ID, "note of A")));
        TenantContext.runAs(b.id(), () -> notes.save(new Note(SHARED_ID, "note of B")));
    }

    @Test
    void jpaSeesOnlyTheCurrentMunicipalitysRows() {
        assertThat(TenantContext.supplyAs(a.id(), () -> notes.findById(SHARED_ID).orElseThrow().text))
                .isEqualTo("note of A");
        assertThat(TenantContext.supplyAs(b.id(), () -> notes.findAll()))
                .extracting(n -> n.text).containsExactly("note of B");
    }

    @Test
    void jdbcAndNativeQueriesSeeOnlyTheCurrentMunicipalitysRows() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(TenantContext.supplyAs(a.id(), () -> jdbc.sql("select text from note where id = ?")
                .param(SHARED_ID).query(String.class).list())).containsExactly("note of A");
        assertThat(TenantContext.supplyAs(b.id(), () -> notes.allTextsNative())).containsExactly("note of B");
        List<String> inOneTransaction = TenantContext.supplyAs(a.id(), () -> transactions.execute(status -> {
            notes.findById(SHARED_ID);
            return jdbc.sql("select text from note").query(String.class).list();
        }));
        assertThat(inOneTransaction).containsExactly("note of A");
    }

    @Test
    void interleavedUnitsOfWorkOnOnePooledConnectionNeverSeeTheOtherSchema() throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Tenant tenant = i % 2 == 0 ? a : b;
                boolean viaJpa = i % 4 < 2;
                work.add(threads.submit(() -> TenantContext.runAs(tenant.id(), () -> {
                    String expected = tenant == a ? "note of A" : "note of B";
                    String schema = jdbc.sql("select current_schema()").query(String.class).single();
                    String seen = viaJpa ? notes.findById(SHARED_ID).orElseThrow().text
                            : jdbc.sql("select text from note").query(String.class).single();
                    if (!expected.equals(seen) || !tenant.id().schema().equals(schema)) {
                        wrong.add(tenant.id() + " saw " + seen + " in " + schema);
                    }
                })));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(jdbc.sql("show search_path").query(String.class).single()).isEqualTo("naober_no_tenant");
    }

    @Test
    void withoutAMunicipalityNoTenantSchemaCanBeReached() {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThatThrownBy(() -> notes.findAll()).hasRootCauseInstanceOf(NoTenantSelectedException.class)
                .rootCause().hasMessageContaining("Geen gemeente gekozen");
        assertThatThrownBy(() -> jdbc.sql("select text from note").query(String.class).list())
                .rootCause().hasMessageContaining("relation \"note\" does not exist");
        assertThat(jdbc.sql("select current_schemas(false)::text").query(String.class).single())
                .isEqualTo("{naober_no_tenant}"); // public and tenant schemas are not on the path
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'naober_no_tenant'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void refusesToSwitchMunicipalityInsideAUnitOfWork() {
        assertThatThrownBy(() -> TenantContext.runAs(a.id(), () -> TenantContext.runAs(b.id(), () -> { })))
                .isInstanceOf(IllegalStateException.class);
        assertThat(TenantContext.current()).isEmpty();
    }
}
