package nl.naober.platform.audit;

import static nl.naober.platform.audit.AuditChainVerification.Reason.ALTERED_EVENT;
import static nl.naober.platform.audit.AuditChainVerification.Reason.BROKEN_LINK;
import static nl.naober.platform.audit.AuditChainVerification.Reason.HEAD_MISMATCH;
import static nl.naober.platform.audit.AuditChainVerification.Reason.MISSING_EVENT;

import java.util.List;
import nl.naober.tenants.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcAuditChainVerifier implements AuditChainVerifier {

    /** Events per query: memory stays flat however long the log grows. */
    static final int PAGE_SIZE = 1000;

    private final StoredEvents events;

    JdbcAuditChainVerifier(StoredEvents events) {
        this.events = events;
    }

    /**
     * One snapshot (REPEATABLE READ) for the head and every page: events appended meanwhile are
     * neither half-seen nor mistaken for events beyond the end of the chain.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditChainVerification verify() {
        TenantContext.require();
        StoredEvents.Head head = events.head();
        long expected = 1;
        long checked = 0;
        String previousHash = ChainedEvent.GENESIS;
        List<ChainedEvent> page;
        do {
            page = events.after(expected - 1, PAGE_SIZE);
            for (ChainedEvent event : page) {
                checked++;
                if (event.sequenceNumber() != expected) {
                    return AuditChainVerification.broken(checked, expected, MISSING_EVENT);
                }
                if (!event.hash().equals(event.expectedHash())) {
                    return AuditChainVerification.broken(checked, expected, ALTERED_EVENT);
                }
                if (!event.previousHash().equals(previousHash)) {
                    return AuditChainVerification.broken(checked, expected, BROKEN_LINK);
                }
                previousHash = event.hash();
                expected++;
            }
        } while (page.size() == PAGE_SIZE);
        long last = expected - 1;
        if (last != head.lastSequenceNumber()) {
            // removed from the end: the first missing one; added beyond the end: the first extra one
            return AuditChainVerification.broken(checked, Math.min(last, head.lastSequenceNumber()) + 1,
                    HEAD_MISMATCH);
        }
        if (!previousHash.equals(head.lastHash())) {
            return AuditChainVerification.broken(checked, last, HEAD_MISMATCH);
        }
        return AuditChainVerification.intact(checked, last == 0 ? null : previousHash);
    }
}
