package nl.naober.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The privacy officer's view of the current municipality's audit log: newest first, a page at a time. */
@Service
class AuditLogReader {

    static final int MAX_PAGE_SIZE = 50;
    /** Dates in a filter are days in the Netherlands, whatever the server's zone. */
    static final ZoneId MUNICIPAL_TIME = ZoneId.of("Europe/Amsterdam");

    private final StoredEvents events;
    private final MessageSource messages;

    AuditLogReader(StoredEvents events, MessageSource messages) {
        this.events = events;
        this.messages = messages;
    }

    /**
     * Page {@code page} (from 1) of the events of {@code residentId} (all when {@code null}) from
     * day {@code from} up to and including day {@code to} (open-ended when {@code null}).
     */
    @Transactional(readOnly = true)
    Page page(UUID residentId, LocalDate from, LocalDate to, int page, int pageSize) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (page < 1) {
            errors.add("page", text("audit.page.invalid"));
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            errors.add("pageSize", text("audit.page-size.invalid", MAX_PAGE_SIZE));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add("from", text("audit.period.invalid"));
        }
        errors.throwIfAny();
        StoredEvents.Filter filter = new StoredEvents.Filter(residentId, startOf(from),
                to == null ? null : startOf(to.plusDays(1)));
        // one more than asked tells whether there is a next page, without counting the whole log
        List<ChainedEvent> found = events.newestFirst(filter, (long) (page - 1) * pageSize, pageSize + 1);
        boolean more = found.size() > pageSize;
        return new Page(more ? found.subList(0, pageSize) : found, page, pageSize, more);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(MUNICIPAL_TIME).toOffsetDateTime();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    record Page(List<ChainedEvent> events, int page, int pageSize, boolean hasNextPage) {
    }
}
