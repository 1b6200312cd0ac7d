package nl.naober.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Response bodies of the audit log endpoints. */
final class AuditLogResponses {

    private AuditLogResponses() {
    }

    /** A page of events, newest first. */
    record EventPage(List<Event> events, int page, int pageSize, boolean hasNextPage) {

        static EventPage of(AuditLogReader.Page page) {
            return new EventPage(page.events().stream().map(Event::of).toList(), page.page(), page.pageSize(),
                    page.hasNextPage());
        }
    }

    /** One access: who (in which role, on whose behalf), what, to which record of which resident, when, why. */
    record Event(long sequence, Instant occurredAt, Actor actor, String onBehalfOf, String action, String recordType,
            UUID recordId, UUID residentId, String basis, String detail, String previousHash, String hash) {

        static Event of(ChainedEvent e) {
            return new Event(e.sequenceNumber(), e.occurredAt(), new Actor(e.actorSubject(), e.actorName(),
                    e.actorRole()), e.onBehalfOf(), e.action().toLowerCase(Locale.ROOT), e.recordType(), e.recordId(),
                    e.residentId(), e.basis(), e.detail(), e.previousHash(), e.hash());
        }
    }

    /** Who acted: the login's subject, her name and role ({@code system} for scheduled jobs). */
    record Actor(String subject, String name, String role) {
    }

    /**
     * The outcome of a verification; {@code reason} is a sentence for people, {@code reasonCode}
     * the same for monitoring ({@code missing-event}, {@code altered-event}, {@code broken-link},
     * {@code head-mismatch}).
     */
    record Verification(long eventsChecked, boolean intact, Long firstBrokenSequence, String reason,
            String reasonCode, String lastHash) {
    }
}
