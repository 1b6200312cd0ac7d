package nl.naober.platform.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.kernel.Role;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records audit events the way a domain module will (no module writes them yet): inside a
 * transaction of the municipality, as a signed-in colleague or as the system. Also does what only
 * the table owner can, to tamper with the log as an intruder with database access would.
 */
final class AuditTestEvents {

    private final AuditLog log;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    AuditTestEvents(AuditLog log, TransactionTemplate transactions, JdbcClient jdbc) {
        this.log = log;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    static AuditEvent read(UUID residentId) {
        return new AuditEvent(AuditAction.READ, "contact", UUID.randomUUID(), residentId, "village-support",
                "contactmoment geopend");
    }

    /** One event in a transaction of its own, as the system (no caller). */
    void record(String municipality, AuditEvent event) {
        TenantContext.runAs(TenantId.of(municipality), () -> transactions.executeWithoutResult(s -> log.record(event)));
    }

    /** {@code count} events, each in a transaction of its own. */
    void record(String municipality, int count, UUID residentId) {
        for (int i = 0; i < count; i++) {
            record(municipality, read(residentId));
        }
    }

    /** {@code count} events in one transaction, as a job touching many records would. */
    void recordTogether(String municipality, int count) {
        TenantContext.runAs(TenantId.of(municipality), () -> transactions.executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                log.record(read(null));
            }
        }));
    }

    /** One event as a signed-in colleague with these roles. */
    void recordAs(String municipality, String subject, String name, List<Role> roles, AuditEvent event) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").subject(subject).claim("name", name)
                .claim("organization", List.of(municipality))
                .claim("realm_access", Map.of("roles", roles.stream().map(Role::code).toList())).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
        try {
            record(municipality, event);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    List<ChainedEvent> all(String municipality) {
        return TenantContext.supplyAs(TenantId.of(municipality), () -> jdbc.sql("""
                select sequence_number, occurred_at, actor_subject, actor_name, actor_role, on_behalf_of, action,
                       record_type, record_id, resident_id, basis, detail, previous_hash, hash
                from audit_event order by sequence_number""")
                .query((rs, row) -> new ChainedEvent(rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, UUID.class), rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14)))
                .list());
    }

    /**
     * Runs SQL on the audit table with its append-only trigger switched off, as the table owner
     * can; the trigger is switched on again afterwards whatever happens.
     */
    void tamper(String municipality, String sql, Object... params) {
        // as the owner: the app's own login may neither switch the trigger off nor change an event
        JdbcClient owner = nl.naober.platform.OwnerDatabase.inSchemaOf(municipality);
        owner.sql("alter table audit_event disable trigger audit_event_append_only").update();
        try {
            owner.sql(sql).params(params).update();
        } finally {
            owner.sql("alter table audit_event enable always trigger audit_event_append_only").update();
        }
    }

    /** A statement as the application would run it, with every trigger in place. */
    int execute(String municipality, String sql) {
        return TenantContext.supplyAs(TenantId.of(municipality), () -> jdbc.sql(sql).update());
    }
}
