package nl.naober.platform.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliveries of the current municipality parked as failed, and their retry. Written beside
 * {@link JdbcIntakeDeliveries} so the inbox branch did not edit it; to be folded into
 * {@link IntakeDeliveries#failed()} / {@code retry(UUID)} when those exist.
 */
@Component
class FailedDeliveries {

    private final JdbcClient jdbc;
    private final Clock clock;

    FailedDeliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Failed deliveries, the most recent attempt first. */
    @Transactional(readOnly = true)
    List<DeliveryState> failed() {
        return jdbc.sql("select " + JdbcIntakeDeliveries.COLUMNS
                        + " from intake_delivery where status = 'FAILED' order by last_attempt_at desc nulls last, reference")
                .query(JdbcIntakeDeliveries::state)
                .list();
    }

    /**
     * Queues a failed delivery again, due now and with a fresh count of attempts (the admin fixed the
     * cause, so it deserves the full back-off again). The reason stays until the next attempt replaces it.
     *
     * @return whether there was a failed delivery of this intake
     */
    @Transactional
    boolean retry(UUID intakeId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update intake_delivery set status = 'QUEUED', attempts = 0, next_attempt_at = :now, claimed_until = null
                where intake_id = :id and status = 'FAILED'""")
                .param("now", Timestamp.from(now))
                .param("id", intakeId)
                .update() == 1;
    }
}
