package nl.naober.platform.delivery;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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

        private static final LocalDate MELDING_DATE = LocalDate.of(2026, 12, 1);

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
            return submit(slug, reference, Intakes.BSN);
        }

        DeliverableIntake submit(String slug, String reference, String bsn) {
            DeliverableIntake intake = Intakes.intake(reference, MELDING_DATE, bsn);
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
    }
}
