package nl.naober.platform.audit;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.naober.kernel.Role;
import nl.naober.kernel.StorableText;
import nl.naober.kernel.TenantId;
import nl.naober.platform.security.Caller;
import nl.naober.tenants.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to the current municipality's chain. Runs only inside the caller's transaction
 * ({@code MANDATORY}): an event recorded on its own could be stored for an access that then failed,
 * or be lost for one that succeeded.
 */
@Component
class JdbcAuditLog implements AuditLog {

    /** Actor and principal of work that no person started (scheduled jobs). */
    static final String SYSTEM = "system";
    /** The role of a caller whose token has no role Naober knows. */
    static final String NO_ROLE = "none";

    static final int MAX_SUBJECT = 255;
    static final int MAX_NAME = 255;
    static final int MAX_RECORD_TYPE = 64;
    static final int MAX_BASIS = 100;
    static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        TenantId tenant = TenantContext.require();
        checkStorable("recordType", event.recordType(), MAX_RECORD_TYPE);
        checkStorable("basis", event.basis(), MAX_BASIS);
        if (event.detail() != null) {
            checkStorable("detail", event.detail(), MAX_DETAIL);
        }
        Actor actor = Actor.current(tenant);

        // the lock on the head row is held until the caller's transaction ends: the next event of
        // this municipality waits for it, so it chains onto this one (or onto its predecessor, if
        // this transaction rolls back) and the numbers stay gap-free
        StoredEvents.Head head = jdbc.sql("select last_sequence_number, last_hash from audit_chain_head for update")
                .query((rs, row) -> new StoredEvents.Head(rs.getLong(1), rs.getString(2))).single();
        // taken under the lock, so the moments follow the numbers
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long number = head.lastSequenceNumber() + 1;
        String action = event.action().name();
        String hash = ChainedEvent.hashOf(number, now, actor.subject(), actor.name(), actor.role(), actor.onBehalfOf(),
                action, event.recordType(), event.recordId(), event.residentId(), event.basis(), event.detail(),
                head.lastHash());

        jdbc.sql("""
                insert into audit_event (sequence_number, occurred_at, actor_subject, actor_name, actor_role,
                    on_behalf_of, action, record_type, record_id, resident_id, basis, detail, previous_hash, hash)
                values (:number, :occurredAt, :subject, :name, :role, :onBehalfOf, :action, :recordType, :recordId,
                    :residentId, :basis, :detail, :previousHash, :hash)""")
                .param("number", number)
                .param("occurredAt", now.atOffset(ZoneOffset.UTC))
                .param("subject", actor.subject())
                .param("name", actor.name())
                .param("role", actor.role())
                .param("onBehalfOf", actor.onBehalfOf())
                .param("action", action)
                .param("recordType", event.recordType())
                .param("recordId", event.recordId(), Types.OTHER)
                .param("residentId", event.residentId(), Types.OTHER)
                .param("basis", event.basis())
                .param("detail", event.detail(), Types.VARCHAR)
                .param("previousHash", head.lastHash())
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_sequence_number = :number, last_hash = :hash")
                .param("number", number)
                .param("hash", hash)
                .update();
    }

    /** The fields come from code, not from users: a value that does not fit is a programming error. */
    private static void checkStorable(String field, String value, int maxLength) {
        if (value.isBlank() || value.length() > maxLength || !StorableText.isStorable(value)) {
            throw new IllegalArgumentException("Audit event " + field + " must be 1 to " + maxLength
                    + " storable characters: " + value.substring(0, Math.min(value.length(), 80)));
        }
    }

    /** Who acts, in which role, on whose behalf. */
    record Actor(String subject, String name, String role, String onBehalfOf) {

        static Actor current(TenantId tenant) {
            return Caller.current()
                    .map(caller -> new Actor(subject(caller.subject()), name(caller.displayName()),
                            caller.mainRole().map(Role::code).orElse(NO_ROLE), tenant.slug()))
                    .orElseGet(() -> new Actor(SYSTEM, SYSTEM, SYSTEM, SYSTEM));
        }

        private static String subject(String subject) {
            if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT
                    || !StorableText.isStorable(subject)) {
                // the token was validated, so this is not a user's doing: refuse rather than log a guess
                throw new IllegalStateException("The caller's subject cannot be stored in the audit log");
            }
            return subject;
        }

        /** The display name comes from the identity provider; keep what fits rather than refuse the access. */
        private static String name(String displayName) {
            if (displayName == null || displayName.isBlank()) {
                return "?";
            }
            // varchar(255) counts code points, as this does
            StringBuilder kept = new StringBuilder();
            displayName.codePoints().limit(MAX_NAME).forEach(c -> kept.appendCodePoint(
                    Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c));
            return kept.toString();
        }
    }
}
