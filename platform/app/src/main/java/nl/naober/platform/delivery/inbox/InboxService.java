package nl.naober.platform.delivery.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.naober.kernel.Bsn;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.delivery.CaseProgress;
import nl.naober.platform.delivery.StatutoryDeadlines;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The WMO consultant's work on the inbox of his municipality (the current tenant). Reads come from
 * the inbox copy only; what the municipality did is written to {@code intake_delivery} too, where the
 * supporter who took the intake follows it.
 */
@Service
class InboxService {

    /** The legal basis of the consultant's reads: the municipality's own task under the Wmo 2015. */
    static final String BASIS = "wmo-task";
    static final String RECORD_TYPE = "inbox-intake";
    private static final int MAX_STATUS = 200;
    private static final int MAX_CASE_NUMBER = 40;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final InputReader input;
    private final Clock clock;

    InboxService(JdbcClient jdbc, PersonalDataCipher cipher, AuditLog audit, InputReader input, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.input = input.withRequiredMessages("inbox.required.");
        this.clock = clock;
    }

    /** Every intake of the inbox, the one whose next deadline comes first on top; no personal data in the list. */
    @Transactional(readOnly = true)
    List<InboxResponses.InboxListItem> list() {
        LocalDate today = input.today();
        return jdbc.sql("""
                select i.intake_id, i.reference, i.melding_date, i.village_name, i.urgency, i.life_domains,
                    i.personal_plan_intended, i.received_at, i.accepted_at, d.case_status,
                    d.investigation_completed_on, d.application_received_on, d.decided_on
                from intake_inbox i left join intake_delivery d on d.intake_id = i.intake_id""")
                .query((rs, row) -> new InboxResponses.InboxListItem(rs.getObject("intake_id", UUID.class),
                        rs.getString("reference"), date(rs, "melding_date"), rs.getString("village_name"),
                        rs.getString("urgency"), domains(rs.getString("life_domains")), instant(rs, "received_at"),
                        instant(rs, "accepted_at"), rs.getString("case_status"), deadlines(rs, today)))
                .list().stream()
                .sorted(Comparator.comparing((InboxResponses.InboxListItem i) -> i.deadlines().next(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(InboxResponses.InboxListItem::reference))
                .toList();
    }

    @Transactional
    InboxResponses.InboxIntakeView show(UUID intakeId) {
        LocalDate today = input.today();
        InboxResponses.InboxIntakeView view = jdbc.sql("""
                select i.*, d.case_identification, d.case_status, d.case_status_at, d.investigation_completed_on,
                    d.application_received_on, d.decided_on
                from intake_inbox i left join intake_delivery d on d.intake_id = i.intake_id
                where i.intake_id = :id""")
                .param("id", intakeId)
                .query((rs, row) -> new InboxResponses.InboxIntakeView(intakeId, rs.getString("reference"),
                        date(rs, "melding_date"), rs.getObject("village_id", UUID.class), rs.getString("village_name"),
                        rs.getString("urgency"), domains(rs.getString("life_domains")),
                        rs.getBoolean("personal_plan_intended"), Bsn.mask(cipher.decrypt(rs.getString("resident_bsn"))),
                        cipher.decrypt(rs.getString("resident_name")),
                        cipher.decrypt(rs.getString("resident_date_of_birth")),
                        cipher.decrypt(rs.getString("resident_address")), cipher.decrypt(rs.getString("request")),
                        cipher.decrypt(rs.getString("conversation_report")), cipher.decrypt(rs.getString("supporter_name")),
                        rs.getString("mandate_reference"), cipher.decrypt(rs.getString("consent")),
                        rs.getString("pdf_file_name"), instant(rs, "received_at"), instant(rs, "accepted_at"),
                        new InboxResponses.Progress(rs.getString("case_identification"), rs.getString("case_status"),
                                instant(rs, "case_status_at"), date(rs, "investigation_completed_on"),
                                date(rs, "application_received_on"), date(rs, "decided_on")),
                        deadlines(rs, today)))
                .optional()
                .orElseThrow(() -> notFound(intakeId));
        audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, intakeId, null, BASIS,
                "melding " + view.reference() + " ingezien"));
        return view;
    }

    /** The PDF as delivered, with the full BSN: the one place the consultant gets it, and audited as such. */
    @Transactional
    Document document(UUID intakeId) {
        Document document = jdbc.sql("select reference, pdf_file_name, pdf from intake_inbox where intake_id = :id")
                .param("id", intakeId)
                .query((rs, row) -> new Document(rs.getString("reference"), rs.getString("pdf_file_name"),
                        rs.getBytes("pdf")))
                .optional()
                .orElseThrow(() -> notFound(intakeId));
        audit.record(new AuditEvent(AuditAction.EXPORT, RECORD_TYPE, intakeId, null, BASIS,
                "PDF van melding " + document.reference() + " gedownload"));
        return document;
    }

    /** Accepts the intake for treatment; accepting again changes nothing. */
    @Transactional
    InboxResponses.InboxIntakeView accept(UUID intakeId) {
        int accepted = jdbc.sql("update intake_inbox set accepted_at = :now where intake_id = :id and accepted_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", intakeId)
                .update();
        if (accepted == 0) {
            requireExists(intakeId);
        } else {
            jdbc.sql("""
                    update intake_delivery set case_status = :status, case_status_at = :now
                    where intake_id = :id""")
                    .param("status", input.text("inbox.status.accepted"))
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", intakeId)
                    .update();
            audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, intakeId, null, BASIS, "melding geaccepteerd"));
        }
        return show(intakeId);
    }

    /** Records what the municipality did; every field checked at once, nothing saved on any error. */
    @Transactional
    InboxResponses.InboxIntakeView progress(UUID intakeId, InboxRequests.ProgressUpdate update) {
        Current current = jdbc.sql("""
                select i.melding_date, d.application_received_on, d.investigation_completed_on, d.decided_on
                from intake_inbox i left join intake_delivery d on d.intake_id = i.intake_id where i.intake_id = :id""")
                .param("id", intakeId)
                .query((rs, row) -> new Current(date(rs, "melding_date"), date(rs, "application_received_on")))
                .optional()
                .orElseThrow(() -> notFound(intakeId));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String status = input.optionalText("caseStatus", update.caseStatus(), MAX_STATUS, errors);
        String caseNumber = input.optionalText("caseIdentification", update.caseIdentification(), MAX_CASE_NUMBER, errors);
        LocalDate investigated = input.optionalPastDate("investigationCompletedOn", update.investigationCompletedOn(),
                current.meldingDate(), errors);
        LocalDate applied = input.optionalPastDate("applicationReceivedOn", update.applicationReceivedOn(),
                current.meldingDate(), errors);
        LocalDate decided = input.optionalPastDate("decidedOn", update.decidedOn(), current.meldingDate(), errors);
        LocalDate application = applied != null ? applied : current.applicationReceivedOn();
        if (decided != null && application == null) {
            errors.add("decidedOn", input.text("inbox.decided.without-application"));
        } else if (decided != null && decided.isBefore(application)) {
            errors.add("decidedOn", input.text("inbox.decided.before-application", application));
        }
        if (Stream.of(status, caseNumber, investigated, applied, decided).allMatch(v -> v == null)) {
            errors.add("caseStatus", input.text("inbox.progress.empty"));
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        jdbc.sql("""
                update intake_delivery set
                    case_status = coalesce(:status, case_status),
                    case_status_at = case when :status::varchar is null then case_status_at else :now end,
                    case_identification = coalesce(:caseNumber, case_identification),
                    investigation_completed_on = coalesce(:investigated, investigation_completed_on),
                    application_received_on = coalesce(:applied, application_received_on),
                    decided_on = coalesce(:decided, decided_on)
                where intake_id = :id""")
                .param("status", status)
                .param("now", Timestamp.from(now))
                .param("caseNumber", caseNumber)
                .param("investigated", investigated)
                .param("applied", applied)
                .param("decided", decided)
                .param("id", intakeId)
                .update();
        audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, intakeId, null, BASIS, "voortgang bijgewerkt"));
        return show(intakeId);
    }

    record Document(String reference, String fileName, byte[] content) {
    }

    private record Current(LocalDate meldingDate, LocalDate applicationReceivedOn) {
    }

    private void requireExists(UUID intakeId) {
        boolean exists = jdbc.sql("select count(*) from intake_inbox where intake_id = :id").param("id", intakeId)
                .query(Integer.class).single() > 0;
        if (!exists) {
            throw notFound(intakeId);
        }
    }

    private ResourceNotFoundException notFound(UUID intakeId) {
        return new ResourceNotFoundException(input.text("inbox.not-found", intakeId));
    }

    private static StatutoryDeadlines deadlines(ResultSet rs, LocalDate today) throws SQLException {
        return StatutoryDeadlines.of(date(rs, "melding_date"), rs.getBoolean("personal_plan_intended"),
                new CaseProgress(null, null, null, date(rs, "investigation_completed_on"),
                        date(rs, "application_received_on"), date(rs, "decided_on")), today);
    }

    private static List<String> domains(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
