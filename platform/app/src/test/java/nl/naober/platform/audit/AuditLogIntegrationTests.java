package nl.naober.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import nl.naober.kernel.Role;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.platform.audit.AuditChainVerification.Reason;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Recording and verifying the chain, in the application's own transactions against the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    AuditTestEvents events;
    String municipality;

    @BeforeEach
    void setUp() {
        events = new AuditTestEvents(auditLog, transactions, jdbc);
        municipality = Municipalities.register(new ApiClient(port), "audit");
    }

    @Test
    void eventsAreNumberedFromOneAndEachChainsOntoThePreviousOne() {
        UUID resident = UUID.randomUUID();
        events.recordAs(municipality, "sub-anna", "Anna de Vries", List.of(Role.SUPPORTER),
                new AuditEvent(AuditAction.UPDATE, "contact", UUID.randomUUID(), resident, "village-support",
                        "notitie gewijzigd"));
        events.record(municipality, new AuditEvent(AuditAction.ANONYMISE, "contact", null, null, "retention", null));
        events.recordAs(municipality, "sub-piet", "Piet Jansen", List.of(Role.POLICY_OFFICER, Role.SUPPORTER),
                AuditTestEvents.read(resident));

        List<ChainedEvent> chain = events.all(municipality);

        assertThat(chain).extracting(ChainedEvent::sequenceNumber).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).previousHash()).isEqualTo(chain.get(1).hash());
        assertThat(chain).allSatisfy(e -> assertThat(e.hash()).isEqualTo(e.expectedHash()).matches("[0-9a-f]{64}"));

        ChainedEvent anna = chain.get(0);
        assertThat(List.of(anna.actorSubject(), anna.actorName(), anna.actorRole(), anna.onBehalfOf(), anna.action(),
                anna.basis(), anna.detail())).containsExactly("sub-anna", "Anna de Vries", "supporter", municipality,
                "UPDATE", "village-support", "notitie gewijzigd");
        assertThat(anna.residentId()).isEqualTo(resident);
        ChainedEvent job = chain.get(1);
        assertThat(List.of(job.actorSubject(), job.actorName(), job.actorRole(), job.onBehalfOf()))
                .containsOnly("system");
        assertThat(job.recordId()).isNull();
        assertThat(job.detail()).isNull();
        // the role she acts in is the first of her roles in the order of Role
        assertThat(chain.get(2).actorRole()).isEqualTo("supporter");
        assertThat(chain.get(2).occurredAt()).isAfterOrEqualTo(chain.get(1).occurredAt());

        AuditChainVerification verification = verify(municipality);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(3);
        assertThat(verification.lastHash()).isEqualTo(chain.get(2).hash());
    }

    @Test
    void recordingOutsideATransactionIsAProgrammingErrorAndStoresNothing() {
        assertThatThrownBy(() -> TenantContext.runAs(TenantId.of(municipality),
                () -> auditLog.record(AuditTestEvents.read(null))))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(events.all(municipality)).isEmpty();
    }

    @Test
    void anEventRolledBackWithItsTransactionLeavesNoGap() {
        events.record(municipality, 2, null);
        assertThatThrownBy(() -> TenantContext.runAs(TenantId.of(municipality),
                () -> transactions.executeWithoutResult(status -> {
                    auditLog.record(AuditTestEvents.read(null));
                    throw new IllegalStateException("the access itself failed");
                }))).hasMessageContaining("access itself failed");
        events.record(municipality, 1, null);

        assertThat(events.all(municipality)).extracting(ChainedEvent::sequenceNumber).containsExactly(1L, 2L, 3L);
        assertThat(verify(municipality).intact()).isTrue();
    }

    @Test
    void theAppsLoginHasNoGrantToChangeOrRemoveAuditEvents() {
        events.record(municipality, 3, null);

        for (String sql : List.of("update audit_event set detail = 'weg' where sequence_number = 2",
                "delete from audit_event where sequence_number = 3", "truncate audit_event",
                "delete from audit_chain_head", "truncate audit_chain_head")) {
            assertThatThrownBy(() -> events.execute(municipality, sql)).as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }
        // the head moves forward by UPDATE, so the app may update it, but only the way appending does
        assertThatThrownBy(() -> events.execute(municipality, "update audit_chain_head set last_sequence_number = 2"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("refused");

        assertThat(events.all(municipality)).hasSize(3);
        assertThat(verify(municipality).intact()).isTrue();
    }

    @Test
    void theTriggersRefuseChangesAndRemovalEvenToTheOwner() {
        events.record(municipality, 3, null);
        JdbcClient owner = nl.naober.platform.OwnerDatabase.inSchemaOf(municipality);

        for (String sql : List.of("update audit_event set detail = 'weg' where sequence_number = 2",
                "delete from audit_event where sequence_number = 3", "truncate audit_event",
                "update audit_chain_head set last_sequence_number = 2", "delete from audit_chain_head",
                "truncate audit_chain_head")) {
            assertThatThrownBy(() -> owner.sql(sql).update()).as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("refused");
        }
        if (superuser()) {
            // not even with the triggers meant for replication switched off (a superuser's privilege)
            assertThatThrownBy(() -> owner.sql("set session_replication_role = replica; delete from audit_event")
                    .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        }

        assertThat(events.all(municipality)).hasSize(3);
        assertThat(verify(municipality).intact()).isTrue();
    }

    @Test
    void aChangedFieldIsReportedAtExactlyThatEvent() {
        events.record(municipality, 10, UUID.randomUUID());

        events.tamper(municipality, "update audit_event set actor_name = 'Iemand anders' where sequence_number = 7");

        AuditChainVerification verification = verify(municipality);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(7);
        assertThat(verification.reason()).isEqualTo(Reason.ALTERED_EVENT);
        assertThat(verification.eventsChecked()).isEqualTo(7);
    }

    @Test
    void anEventRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
        events.record(municipality, 5, null);
        ChainedEvent third = events.all(municipality).get(2);
        String forged = ChainedEvent.hashOf(3, third.occurredAt(), third.actorSubject(), third.actorName(),
                third.actorRole(), third.onBehalfOf(), "DELETE", third.recordType(), third.recordId(),
                third.residentId(), third.basis(), third.detail(), third.previousHash());

        events.tamper(municipality, "update audit_event set action = 'DELETE', hash = ? where sequence_number = 3",
                forged);

        AuditChainVerification verification = verify(municipality);
        assertThat(verification.firstBrokenSequence()).isEqualTo(4);
        assertThat(verification.reason()).isEqualTo(Reason.BROKEN_LINK);
    }

    @Test
    void anEventRemovedInTheMiddleIsMissedAndOneRemovedAtTheEndToo() {
        events.record(municipality, 10, null);

        events.tamper(municipality, "delete from audit_event where sequence_number = 5");
        AuditChainVerification middle = verify(municipality);
        assertThat(middle.firstBrokenSequence()).isEqualTo(5);
        assertThat(middle.reason()).isEqualTo(Reason.MISSING_EVENT);

        String other = Municipalities.register(new ApiClient(port), "audit-eind");
        events.record(other, 4, null);
        events.tamper(other, "delete from audit_event where sequence_number = 4");
        AuditChainVerification end = verify(other);
        assertThat(end.firstBrokenSequence()).isEqualTo(4);
        assertThat(end.reason()).isEqualTo(Reason.HEAD_MISMATCH);
    }

    @Test
    void concurrentTransactionsChainOneAfterTheOtherWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 50;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        events.record(municipality, AuditTestEvents.read(UUID.randomUUID()));
                        if (i % 10 == 0) {
                            // a transaction that records and then fails must not leave a hole
                            try {
                                TenantContext.runAs(TenantId.of(municipality),
                                        () -> transactions.executeWithoutResult(s -> {
                                            auditLog.record(AuditTestEvents.read(null));
                                            s.setRollbackOnly();
                                        }));
                            } catch (RuntimeException ignored) {
                                // not expected; a failure shows in the numbering below
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
        }

        List<ChainedEvent> chain = events.all(municipality);
        assertThat(chain).extracting(ChainedEvent::sequenceNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
        AuditChainVerification verification = verify(municipality);
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(threads * perThread);
    }

    @Test
    void eachMunicipalityHasAChainOfItsOwn() {
        String other = Municipalities.register(new ApiClient(port), "audit-b");
        UUID residentOfA = UUID.randomUUID();
        events.record(municipality, 3, residentOfA);
        events.record(other, 2, null);

        assertThat(events.all(municipality)).hasSize(3).extracting(ChainedEvent::residentId).containsOnly(residentOfA);
        assertThat(events.all(other)).extracting(ChainedEvent::sequenceNumber).containsExactly(1L, 2L);
        assertThat(events.all(other)).extracting(ChainedEvent::residentId).doesNotContain(residentOfA);
        assertThat(verify(municipality).eventsChecked()).isEqualTo(3);
        assertThat(verify(other).eventsChecked()).isEqualTo(2);
    }

    @Test
    void verifyingAnEmptyLogFindsItIntact() {
        AuditChainVerification verification = verify(municipality);

        assertThat(verification).isEqualTo(new AuditChainVerification(0, null, null, null));
    }

    @Test
    void verificationReadsLongLogsPageByPage() {
        events.recordTogether(municipality, JdbcAuditChainVerifier.PAGE_SIZE + 3);

        AuditChainVerification verification = verify(municipality);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(JdbcAuditChainVerifier.PAGE_SIZE + 3);
    }

    private boolean superuser() {
        return nl.naober.platform.OwnerDatabase.inSchemaOf(municipality)
                .sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
    }

    private AuditChainVerification verify(String slug) {
        return TenantContext.supplyAs(TenantId.of(slug), verifier::verify);
    }
}
