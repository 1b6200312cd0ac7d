package nl.naober.platform.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.naober.tenants.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcIntakeDeliveries implements IntakeDeliveries {

    static final String COLUMNS = """
            intake_id, reference, channel, status, attempts, queued_at, next_attempt_at, last_attempt_at,
            delivered_at, failure_reason, case_identification, case_status, case_status_at,
            investigation_completed_on, application_received_on, decided_on""";

    private final JdbcClient jdbc;
    private final DeliveryProperties properties;
    private final Clock clock;

    JdbcIntakeDeliveries(JdbcClient jdbc, DeliveryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UUID intakeId, String reference) {
        Timestamp now = Timestamp.from(clock.instant());
        DeliveryChannel channel = properties.channelOf(TenantContext.require()).channel();
        jdbc.sql("""
                insert into intake_delivery (intake_id, reference, channel, status, queued_at, next_attempt_at)
                values (:id, :reference, :channel, 'QUEUED', :now, :now)""")
                .param("id", intakeId)
                .param("reference", reference)
                .param("channel", channel.name())
                .param("now", now)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeliveryState> stateOf(UUID intakeId) {
        return jdbc.sql("select " + COLUMNS + " from intake_delivery where intake_id = :id")
                .param("id", intakeId)
                .query(JdbcIntakeDeliveries::state)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, DeliveryState> statesOf(Collection<UUID> intakeIds) {
        if (intakeIds.isEmpty()) {
            return Map.of();
        }
        List<DeliveryState> states = jdbc.sql("select " + COLUMNS + " from intake_delivery where intake_id in (:ids)")
                .param("ids", List.copyOf(intakeIds))
                .query(JdbcIntakeDeliveries::state)
                .list();
        Map<UUID, DeliveryState> byId = new LinkedHashMap<>();
        states.forEach(s -> byId.put(s.intakeId(), s));
        return byId;
    }

    @Override
    @Transactional
    public boolean retry(UUID intakeId) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                update intake_delivery
                set status = 'QUEUED', attempts = 0, next_attempt_at = :now, claimed_until = null
                where intake_id = :id and status = 'FAILED'""")
                .param("id", intakeId)
                .param("now", now)
                .update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliveryState> failed() {
        return jdbc.sql("select " + COLUMNS
                        + " from intake_delivery where status = 'FAILED' order by last_attempt_at desc nulls last, reference")
                .query(JdbcIntakeDeliveries::state)
                .list();
    }

    static DeliveryState state(ResultSet rs, int row) throws SQLException {
        CaseProgress progress = new CaseProgress(rs.getString("case_identification"), rs.getString("case_status"),
                instant(rs, "case_status_at"), date(rs, "investigation_completed_on"),
                date(rs, "application_received_on"), date(rs, "decided_on"));
        return new DeliveryState(rs.getObject("intake_id", UUID.class), rs.getString("reference"),
                DeliveryChannel.valueOf(rs.getString("channel")), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "queued_at"), instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"), instant(rs, "delivered_at"), rs.getString("failure_reason"), progress);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
