package nl.naober.platform.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test-only: an in-memory {@link DeliverableIntakes} (the real one lives in the intakes module) and a
 * way to submit an intake the way that module does, the outbox row in a transaction under the tenant.
 */
@TestConfiguration(proxyBeanMethods = false)
class DeliveryTestConfiguration {

    @Bean
    @Primary
    InMemoryIntakes inMemoryIntakes(IntakeDeliveries deliveries, PlatformTransactionManager transactions) {
        return new InMemoryIntakes(deliveries, new TransactionTemplate(transactions));
    }

    static final class InMemoryIntakes implements DeliverableIntakes {

        private final Map<String, Map<UUID, DeliverableIntake>> byTenant = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> purposes = new ConcurrentLinkedQueue<>();
        private final IntakeDeliveries deliveries;
        private final TransactionTemplate transactions;

        InMemoryIntakes(IntakeDeliveries deliveries, TransactionTemplate transactions) {
            this.deliveries = deliveries;
            this.transactions = transactions;
        }

        /** Submits an intake of this municipality: kept here, queued for delivery in one transaction. */
        DeliverableIntake submit(String slug, String reference) {
            return submit(slug, reference, "111222333");
        }

        DeliverableIntake submit(String slug, String reference, String bsn) {
            DeliverableIntake intake = intake(UUID.randomUUID(), reference, bsn);
            byTenant.computeIfAbsent(slug, s -> new ConcurrentHashMap<>()).put(intake.intakeId(), intake);
            TenantContext.runAs(TenantId.of(slug), () -> transactions.executeWithoutResult(
                    status -> deliveries.enqueue(intake.intakeId(), reference)));
            return intake;
        }

        @Override
        public DeliverableIntake load(UUID intakeId, String purpose) {
            purposes.add(purpose);
            DeliverableIntake intake = byTenant.getOrDefault(TenantContext.require().slug(), Map.of()).get(intakeId);
            if (intake == null) {
                throw new IllegalStateException("No intake " + intakeId + " in " + TenantContext.require().slug());
            }
            return intake;
        }

        static DeliverableIntake intake(UUID id, String reference, String bsn) {
            return new DeliverableIntake(id, reference, LocalDate.of(2026, 12, 1), UUID.randomUUID(), "Denekamp",
                    new DeliverableIntake.Resident(bsn, "Gerrit", null, "Velthuis", LocalDate.of(1941, 3, 12),
                            "Kerkstraat", "4", "7591AB", "Denekamp"),
                    "Ik kom de trap niet meer op.", List.of("housing-adaptation", "household"), "soon", true,
                    "Gesprek aan de keukentafel.", new DeliverableIntake.Supporter(UUID.randomUUID(), "Anna Steunpunt"),
                    new DeliverableIntake.Mandate(UUID.randomUUID(), "B&W 2026/12", LocalDate.of(2026, 1, 1),
                            LocalDate.of(2027, 1, 1)),
                    new DeliverableIntake.Consent("gegevens", "gemeente", LocalDate.of(2026, 12, 1), "verbal"),
                    new DeliverableIntake.Document("melding.pdf", "application/pdf", "%PDF-1.4 test".getBytes()));
        }
    }

    /** What a stub channel does with one attempt of an intake (by reference): return normally or throw. */
    static final class Behaviours {
        final Map<String, ConcurrentLinkedQueue<Function<Integer, RuntimeException>>> planned = new ConcurrentHashMap<>();
        final Map<String, ConcurrentLinkedQueue<Integer>> attempts = new ConcurrentHashMap<>();
    }
}
