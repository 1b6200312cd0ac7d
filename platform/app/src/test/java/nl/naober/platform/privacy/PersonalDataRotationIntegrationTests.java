package nl.naober.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.NewTenant;
import nl.naober.tenants.TenantConflictException;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.testing.TestIdentifiers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.beans.spi.ManagedBeanRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The privacy module in the running app on real PostgreSQL: values stored through the cipher in a
 * provisioned municipality hold no plain text, and after the current key changed from k1 to k2
 * the rotation moves every value to k2, in batches, without losing changes made meanwhile.
 */
@SpringBootTest
class PersonalDataRotationIntegrationTests {

    private static final String NOTES = "privacy_test_notes";
    private static final String CONTACTS = "privacy_test_contacts";

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry properties) {
        properties.add("naober.privacy.keys[0].id", () -> "k1");
        properties.add("naober.privacy.keys[0].secret", () -> TestKeys.secret("k1"));
        properties.add("naober.privacy.keys[1].id", () -> "k2");
        properties.add("naober.privacy.keys[1].secret", () -> TestKeys.secret("k2"));
        properties.add("naober.privacy.current-key", () -> "k2");
        // small batches, so that a few dozen rows take several transactions and the keyset paging is used
        properties.add("naober.privacy.rotation-batch-size", () -> "5");
    }

    /** The test's own tables, registered the way a domain module registers its encrypted columns. */
    @TestConfiguration
    static class TestColumns {

        @Bean
        EncryptedColumn testNotes() {
            return new EncryptedColumn(NOTES, "id", "note");
        }

        @Bean
        EncryptedColumn testContacts() {
            return new EncryptedColumn(CONTACTS, "nr", "phone");
        }
    }

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    PersonalDataRotation rotation;

    @Autowired
    TenantProvisioning provisioning;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** The app as it was before the rotation: the same keys, k1 current. */
    private final PersonalDataCipher beforeRotation = TestKeys.cipher("k1", "k1", "k2");

    @Test
    void storedValuesHoldNoPlainTextAndTheRotationMovesThemAllToTheCurrentKey() {
        TenantId tenant = provisionWithTables("privacy");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Map<UUID, String> notes = new LinkedHashMap<>();
        Map<Long, String> phones = new LinkedHashMap<>();
        UUID unreadable = UUID.randomUUID();
        TenantContext.runAs(tenant, () -> {
            for (int i = 0; i < 23; i++) {
                notes.put(insertNote(jdbc, "Bewoner " + i + " heeft hulp nodig bij boodschappen", beforeRotation),
                        "Bewoner " + i + " heeft hulp nodig bij boodschappen");
            }
            for (int i = 0; i < 3; i++) {
                notes.put(insertNote(jdbc, "Nieuwe notitie " + i, cipher), "Nieuwe notitie " + i);
            }
            jdbc.sql("insert into " + NOTES + " (id, note) values (?, null), (?, null)")
                    .params(UUID.randomUUID(), UUID.randomUUID()).update();
            // a value under a key that is no longer configured: it cannot be moved and is reported
            jdbc.sql("insert into " + NOTES + " (id, note) values (?, ?)")
                    .params(unreadable, "v1.k0." + "A".repeat(40)).update();
            for (long nr = 1; nr <= 9; nr++) {
                phones.put(nr, "06-1234567" + nr);
                jdbc.sql("insert into " + CONTACTS + " (nr, phone) values (?, ?)")
                        .params(nr, beforeRotation.encrypt("06-1234567" + nr)).update();
            }
        });

        Map<Object, String> raw = rawValues(tenant, jdbc);
        assertThat(raw.values()).filteredOn(v -> v != null).hasSize(23 + 3 + 1 + 9).allSatisfy(value -> {
            assertThat(value).startsWith("v1.").doesNotContain("Bewoner").doesNotContain("notitie")
                    .doesNotContain("1234567").doesNotContain("boodschappen");
        });
        assertThat(raw.values()).filteredOn(v -> v != null && v.startsWith("v1.k1.")).hasSize(23 + 9);

        PersonalDataRotation.Result result = TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant);

        assertThat(result).isEqualTo(new PersonalDataRotation.Result("k2", 23 + 9, 0, 1, 1));
        assertThat(result.isComplete()).isFalse();
        Map<Object, String> after = rawValues(tenant, jdbc);
        after.forEach((id, value) -> {
            if (value != null && !id.equals(unreadable)) {
                assertThat(value).as("row %s", id).startsWith("v1.k2.");
            }
        });
        TenantContext.runAs(tenant, () -> {
            notes.forEach((id, text) -> assertThat(cipher.decrypt(noteOf(jdbc, id))).isEqualTo(text));
            phones.forEach((nr, text) -> assertThat(cipher.decrypt(jdbc.sql("select phone from " + CONTACTS
                    + " where nr = ?").param(nr).query(String.class).single())).isEqualTo(text));
        });

        // a second run finds nothing to do: safe to repeat
        assertThat(TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant))
                .isEqualTo(new PersonalDataRotation.Result("k2", 0, 0, 1, 1));
        TenantContext.runAs(tenant, () -> jdbc.sql("delete from " + NOTES + " where id = ?").param(unreadable)
                .update());
        assertThat(TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant).isComplete()).isTrue();
    }

    @Test
    void rotationsRunningTwiceAtOnceAlongsideNormalWritesLoseNoChange() throws Exception {
        TenantId tenant = provisionWithTables("privacy-busy");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<UUID> ids = new ArrayList<>();
        TenantContext.runAs(tenant, () -> {
            for (int i = 0; i < 150; i++) {
                ids.add(insertNote(jdbc, "oud " + i, beforeRotation));
            }
        });

        List<PersonalDataRotation.Result> results;
        try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
            Future<PersonalDataRotation.Result> first = threads.submit(
                    () -> TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant));
            Future<PersonalDataRotation.Result> second = threads.submit(
                    () -> TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant));
            // normal traffic: every value is changed while the rotations run
            Future<?> writes = threads.submit(() -> TenantContext.runAs(tenant, () -> {
                for (int i = ids.size() - 1; i >= 0; i--) {
                    jdbc.sql("update " + NOTES + " set note = ? where id = ?")
                            .params(cipher.encrypt("nieuw " + i), ids.get(i)).update();
                }
            }));
            writes.get();
            results = List.of(first.get(), second.get());
        }

        TenantContext.runAs(tenant, () -> {
            for (int i = 0; i < ids.size(); i++) {
                String stored = noteOf(jdbc, ids.get(i));
                assertThat(stored).startsWith("v1.k2.");
                assertThat(cipher.decrypt(stored)).as("row %d", i).isEqualTo("nieuw " + i);
            }
        });
        // each old value was moved at most once: the loser of a race found it changed and left it
        assertThat(results.stream().mapToLong(PersonalDataRotation.Result::reEncrypted).sum()).isLessThanOrEqualTo(150);
        assertThat(results).allSatisfy(r -> assertThat(r.unreadable()).isZero());
        assertThat(TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant))
                .isEqualTo(new PersonalDataRotation.Result("k2", 0, 0, 0, 0));
    }

    @Test
    void twoRotationsAtOnceMoveEveryValueExactlyOnce() throws Exception {
        TenantId tenant = provisionWithTables("privacy-twice");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        TenantContext.runAs(tenant, () -> {
            for (int i = 0; i < 120; i++) {
                insertNote(jdbc, "tekst " + i, beforeRotation);
            }
        });

        List<PersonalDataRotation.Result> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<PersonalDataRotation.Result>> runs = List.of(
                    threads.submit(() -> TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant)),
                    threads.submit(() -> TenantContext.supplyAs(tenant, rotation::reEncryptCurrentTenant)));
            for (Future<PersonalDataRotation.Result> run : runs) {
                results.add(run.get());
            }
        }

        assertThat(results.stream().mapToLong(PersonalDataRotation.Result::reEncrypted).sum()).isEqualTo(120);
        assertThat(results).allSatisfy(r -> assertThat(r.remaining()).isZero());
    }

    /**
     * Hibernate creates attribute converters through its ManagedBeanRegistry, which Spring Boot
     * backs with the application context: the same call must give an {@link EncryptedText} with the
     * cipher injected (no entity maps a column with it yet).
     */
    @Test
    void hibernateObtainsTheEncryptedTextConverterFromSpringWithTheCipherInjected() {
        ManagedBeanRegistry beans = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ManagedBeanRegistry.class);

        EncryptedText converter = beans.getBean(EncryptedText.class).getBeanInstance();

        TenantId tenant = TenantId.of("dinkelland");
        String stored = TenantContext.supplyAs(tenant, () -> converter.convertToDatabaseColumn("telefoon 06-1"));
        assertThat(stored).startsWith("v1.k2.");
        assertThat(TenantContext.supplyAs(tenant, () -> cipher.decrypt(stored))).isEqualTo("telefoon 06-1");
        assertThat(TenantContext.supplyAs(tenant, () -> converter.convertToEntityAttribute(stored)))
                .isEqualTo("telefoon 06-1");
    }

    private TenantId provisionWithTables(String prefix) {
        TenantId tenant = TenantId.of(TestIdentifiers.uniqueSlug(prefix));
        for (int attempt = 0; ; attempt++) {
            try {
                provisioning.register(new NewTenant(tenant, "Gemeente " + prefix,
                        new CbsCode(TestIdentifiers.randomCbsCode()), new Rsin(TestIdentifiers.validRsin())));
                break;
            } catch (TenantConflictException e) {
                if (attempt == 30) {
                    throw e; // the random CBS code was taken every time
                }
            }
        }
        // as the owner, as a migration would: the app's own login may create no tables
        JdbcClient owner = nl.naober.platform.OwnerDatabase.inSchemaOf(tenant.slug());
        owner.sql("create table " + NOTES + " (id uuid primary key, note text)").update();
        owner.sql("create table " + CONTACTS + " (nr bigint primary key, phone text)").update();
        return tenant;
    }

    private static UUID insertNote(JdbcClient jdbc, String text, PersonalDataCipher cipher) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into " + NOTES + " (id, note) values (?, ?)").params(id, cipher.encrypt(text)).update();
        return id;
    }

    private static String noteOf(JdbcClient jdbc, UUID id) {
        return jdbc.sql("select note from " + NOTES + " where id = ?").param(id).query(String.class).single();
    }

    /** Every stored value of both tables, as the database holds it. */
    private static Map<Object, String> rawValues(TenantId tenant, JdbcClient jdbc) {
        return TenantContext.supplyAs(tenant, () -> {
            Map<Object, String> values = new LinkedHashMap<>();
            jdbc.sql("select id, note from " + NOTES).query((rs, n) -> values.put(rs.getObject(1), rs.getString(2)))
                    .list();
            jdbc.sql("select nr, phone from " + CONTACTS)
                    .query((rs, n) -> values.put(rs.getObject(1), rs.getString(2))).list();
            return values;
        });
    }
}
