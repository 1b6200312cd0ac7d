package nl.naober.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@code audit_event} and {@code audit_chain_head} of the current municipality. */
@Component
class StoredEvents {

    private static final String COLUMNS = """
            sequence_number, occurred_at, actor_subject, actor_name, actor_role, on_behalf_of, action, record_type,
            record_id, resident_id, basis, detail, previous_hash, hash""";

    private final JdbcClient jdbc;

    StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The recorded end of the chain. */
    Head head() {
        return jdbc.sql("select last_sequence_number, last_hash from audit_chain_head")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    /** Up to {@code limit} events after number {@code after}, oldest first (keyset paging). */
    List<ChainedEvent> after(long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event where sequence_number > :after"
                        + " order by sequence_number limit :limit")
                .param("after", after)
                .param("limit", limit)
                .query(StoredEvents::event).list();
    }

    /** One page of events matching the filter, newest first. */
    List<ChainedEvent> newestFirst(Filter filter, long offset, int limit) {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from audit_event where true");
        List<Object> params = new ArrayList<>();
        if (filter.residentId() != null) {
            sql.append(" and resident_id = ?");
            params.add(filter.residentId());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(filter.from());
        }
        if (filter.until() != null) {
            sql.append(" and occurred_at < ?");
            params.add(filter.until());
        }
        sql.append(" order by sequence_number desc limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(StoredEvents::event).list();
    }

    private static ChainedEvent event(ResultSet rs, int row) throws SQLException {
        return new ChainedEvent(rs.getLong("sequence_number"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_subject"), rs.getString("actor_name"), rs.getString("actor_role"),
                rs.getString("on_behalf_of"), rs.getString("action"), rs.getString("record_type"),
                rs.getObject("record_id", UUID.class), rs.getObject("resident_id", UUID.class),
                rs.getString("basis"), rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** The last number and hash of the chain as recorded on appending. */
    record Head(long lastSequenceNumber, String lastHash) {
    }

    /**
     * Which events to show: of one resident, from (inclusive) and until (exclusive) a moment; a
     * {@code null} part does not filter.
     */
    record Filter(UUID residentId, OffsetDateTime from, OffsetDateTime until) {
    }
}
