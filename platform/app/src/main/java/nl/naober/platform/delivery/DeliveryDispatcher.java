package nl.naober.platform.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.TenantStatus;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's one place of error handling: claims due deliveries of every active municipality,
 * hands each to its channel's route and records the outcome (delivered, retried with back-off, or
 * parked as failed). A claim is a lease ({@code claimed_until}) taken with {@code FOR UPDATE SKIP
 * LOCKED}, so several workers never take the same row and a row of a worker that died is taken again
 * once its lease ran out. Every channel route is idempotent, so a delivery tried twice is one case.
 */
@Component
@ConditionalOnProperty(name = "naober.delivery.worker.enabled", havingValue = "true", matchIfMissing = true)
class DeliveryDispatcher {

    static final String PURPOSE = "Levering van de melding aan de gemeente (Wmo 2015 art. 2.3.2)";
    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final TenantRegistry tenants;
    private final DeliverableIntakes intakes;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProducerTemplate producer;
    private final WorkerSettings settings;
    private final Clock clock;
    // one breaker per municipality: a case system that is down costs that municipality's rows no attempts
    private final CircuitBreakerRegistry breakers;

    DeliveryDispatcher(TenantRegistry tenants, DeliverableIntakes intakes, JdbcClient jdbc,
            PlatformTransactionManager transactionManager, ProducerTemplate producer, DeliveryProperties properties,
            Clock clock) {
        this.tenants = tenants;
        this.intakes = intakes;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.producer = producer;
        this.settings = properties.worker();
        this.clock = clock;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.initialBackoff())
                .ignoreExceptions(PermanentDeliveryFailure.class)
                .build());
    }

    /** One round over all active municipalities; the number of deliveries attempted. */
    int dispatchDue() {
        int attempted = 0;
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            try {
                attempted += TenantContext.supplyAs(tenant.id(), () -> dispatchDue(tenant.id()));
            } catch (RuntimeException e) {
                // one municipality's trouble (its schema, its claim) must not stop the others' deliveries
                log.warn("Delivery round failed for municipality {}: {}", tenant.id().slug(), e.toString());
            }
        }
        return attempted;
    }

    private int dispatchDue(TenantId tenant) {
        CircuitBreaker breaker = breakers.circuitBreaker(tenant.slug());
        if (!breaker.tryAcquirePermission()) {
            return 0;
        }
        breaker.releasePermission();
        List<Claim> claims = claim();
        int attempted = 0;
        for (Claim claim : claims) {
            if (!breaker.tryAcquirePermission()) {
                release(claim.intakeId());
                continue;
            }
            attempted++;
            deliver(tenant, claim, breaker);
        }
        return attempted;
    }

    private List<Claim> claim() {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("""
                update intake_delivery set claimed_until = :until
                where intake_id in (
                    select intake_id from intake_delivery
                    where status = 'QUEUED' and next_attempt_at <= :now
                      and (claimed_until is null or claimed_until < :now)
                    order by next_attempt_at
                    limit :limit
                    for update skip locked)
                returning intake_id, channel, attempts""")
                .param("until", Timestamp.from(now.plus(settings.lease())))
                .param("now", Timestamp.from(now))
                .param("limit", settings.batchSize())
                .query((rs, i) -> new Claim(rs.getObject("intake_id", UUID.class),
                        DeliveryChannel.valueOf(rs.getString("channel")), rs.getInt("attempts")))
                .list());
    }

    private void deliver(TenantId tenant, Claim claim, CircuitBreaker breaker) {
        int attempt = claim.attempts() + 1;
        long start = System.nanoTime();
        try {
            DeliverableIntake intake = intakes.load(claim.intakeId(), PURPOSE);
            Exchange result = producer.send(DeliveryEndpoints.of(claim.channel()), exchange -> {
                exchange.getIn().setBody(intake);
                exchange.getIn().setHeader(DeliveryEndpoints.TENANT, tenant.slug());
                exchange.getIn().setHeader(DeliveryEndpoints.ATTEMPT, attempt);
            });
            if (result.getException() != null) {
                throw result.getException();
            }
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            delivered(claim.intakeId(), attempt,
                    result.getMessage().getHeader(DeliveryEndpoints.CASE_IDENTIFICATION, String.class),
                    result.getMessage().getHeader(DeliveryEndpoints.CASE_URL, String.class));
        } catch (PermanentDeliveryFailure e) {
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            failed(claim.intakeId(), attempt, e.reason(), true);
        } catch (Exception e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            // the class and message only: a channel's exception never carries the BSN (routes make sure)
            failed(claim.intakeId(), attempt, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void delivered(UUID intakeId, int attempt, String caseIdentification, String caseUrl) {
        Timestamp now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(status -> jdbc.sql("""
                update intake_delivery
                set status = 'DELIVERED', attempts = :attempt, last_attempt_at = :now, delivered_at = :now,
                    claimed_until = null, failure_reason = null,
                    case_identification = coalesce(:identification, case_identification),
                    case_url = coalesce(:url, case_url)
                where intake_id = :id and status = 'QUEUED'""")
                .param("attempt", attempt)
                .param("now", now)
                .param("identification", caseIdentification)
                .param("url", caseUrl)
                .param("id", intakeId)
                .update());
    }

    private void failed(UUID intakeId, int attempt, String reason, boolean permanent) {
        Instant now = clock.instant();
        boolean park = permanent || attempt >= settings.maxAttempts();
        String truncated = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        transactions.executeWithoutResult(status -> jdbc.sql("""
                update intake_delivery
                set status = :status, attempts = :attempt, last_attempt_at = :now, next_attempt_at = :next,
                    claimed_until = null, failure_reason = :reason
                where intake_id = :id and status = 'QUEUED'""")
                .param("status", park ? "FAILED" : "QUEUED")
                .param("attempt", attempt)
                .param("now", Timestamp.from(now))
                .param("next", Timestamp.from(park ? now : now.plus(backoff(attempt))))
                .param("reason", truncated)
                .param("id", intakeId)
                .update());
    }

    private void release(UUID intakeId) {
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "update intake_delivery set claimed_until = null where intake_id = :id and status = 'QUEUED'")
                .param("id", intakeId)
                .update());
    }

    /** initialBackoff × multiplier^(attempt-1), at most maxBackoff. */
    Duration backoff(int attempt) {
        double millis = settings.initialBackoff().toMillis() * Math.pow(settings.backoffMultiplier(), attempt - 1);
        return millis >= settings.maxBackoff().toMillis() ? settings.maxBackoff() : Duration.ofMillis((long) millis);
    }

    private record Claim(UUID intakeId, DeliveryChannel channel, int attempts) {
    }
}
