package nl.naober.platform.audit;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log of one municipality, for its privacy officer only (see {@link AuditEndpointRules}).
 * Dates ({@code from}, {@code to}, both inclusive) are days in the Netherlands; pages count from 1.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/audit-log")
class AuditLogController {

    private final AuditLogReader reader;
    private final AuditChainVerifier verifier;
    private final MessageSource messages;

    AuditLogController(AuditLogReader reader, AuditChainVerifier verifier, MessageSource messages) {
        this.reader = reader;
        this.verifier = verifier;
        this.messages = messages;
    }

    @GetMapping
    AuditLogResponses.EventPage list(@PathVariable String municipality,
            @RequestParam(required = false) UUID residentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + AuditLogReader.MAX_PAGE_SIZE) int pageSize) {
        return AuditLogResponses.EventPage.of(reader.page(residentId, from, to, page, pageSize));
    }

    /** A resident's access history: who read or changed which of her data, when and on which basis. */
    @GetMapping("/residents/{residentId}")
    AuditLogResponses.EventPage residentHistory(@PathVariable String municipality, @PathVariable UUID residentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + AuditLogReader.MAX_PAGE_SIZE) int pageSize) {
        return AuditLogResponses.EventPage.of(reader.page(residentId, from, to, page, pageSize));
    }

    @GetMapping("/verification")
    AuditLogResponses.Verification verification(@PathVariable String municipality) {
        AuditChainVerification result = verifier.verify();
        if (result.intact()) {
            return new AuditLogResponses.Verification(result.eventsChecked(), true, null, null, null,
                    result.lastHash());
        }
        String code = result.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        // as text: a number argument would be printed with a thousands separator
        String reason = messages.getMessage("audit.verification." + code,
                new Object[] {String.valueOf(result.firstBrokenSequence())}, LocaleContextHolder.getLocale());
        return new AuditLogResponses.Verification(result.eventsChecked(), false, result.firstBrokenSequence(), reason,
                code, null);
    }
}
