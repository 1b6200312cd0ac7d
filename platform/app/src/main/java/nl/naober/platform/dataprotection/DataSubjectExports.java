package nl.naober.platform.dataprotection;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-subject export (AVG art. 15 and 20): everything every {@link ResidentDataHolder} keeps
 * about one resident, for the supporter who handles her request. Access is checked by
 * {@link DataSubjects}; the export is audited as {@code EXPORT} in the same transaction, so an
 * export that fails to render leaves no event behind and an event always means a delivered file.
 */
@Service
public class DataSubjectExports {

    /** Audit basis: the resident's own request to see (or take) her data. */
    static final String AUDIT_BASIS = "data-subject-request";

    private final DataSubjects subjects;
    private final ObjectProvider<ResidentDataHolder> holders;
    private final DataExportReport report;
    private final TenantRegistry tenants;
    private final AuditLog audit;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    DataSubjectExports(DataSubjects subjects, ObjectProvider<ResidentDataHolder> holders, DataExportReport report,
            TenantRegistry tenants, AuditLog audit, MessageSource messages, JsonMapper json, Clock clock) {
        this.subjects = subjects;
        this.holders = holders;
        this.report = report;
        this.tenants = tenants;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * All data of the resident in the format a request asks for: {@code format} ({@code json} or
     * {@code pdf}) if given, else the preferred of the two in {@code accept}, else JSON.
     *
     * @throws nl.naober.kernel.InvalidInputException for an unknown {@code format}
     * @throws HttpMediaTypeNotAcceptableException when {@code accept} allows neither format
     * @throws nl.naober.kernel.ResourceNotFoundException when the signed-in supporter cannot reach her
     * @throws org.springframework.security.access.AccessDeniedException when the caller is no supporter
     */
    @Transactional
    public ExportFile export(UUID residentId, String format, String accept) throws HttpMediaTypeNotAcceptableException {
        return export(residentId,
                ExportFormat.choose(format, accept, () -> text("dataprotection.export.format.unknown")));
    }

    /**
     * All data of the resident in the given format.
     *
     * @throws nl.naober.kernel.ResourceNotFoundException when the signed-in supporter cannot reach her
     * @throws org.springframework.security.access.AccessDeniedException when the caller is no supporter
     */
    @Transactional
    public ExportFile export(UUID residentId, ExportFormat format) {
        DataSubject subject = subjects.requireReachable(residentId);
        List<ExportSection> sections = holders.orderedStream()
                .flatMap(holder -> holder.export(subject.id()).stream()).toList();
        ExportFile file = render("resident", subject.id(), subject.pseudonym(), sections, format);
        audit.record(new AuditEvent(AuditAction.EXPORT, "resident", subject.id(), subject.id(), AUDIT_BASIS,
                "data-subject export as " + format.extension() + ", " + sections.size() + " records"));
        return file;
    }

    /**
     * The export of a data subject whose data one module keeps by itself (a volunteer, an
     * association's contact person), rendered like a resident's: {@code format} ({@code json} or
     * {@code pdf}) if given, else the preferred of the two in {@code accept}, else JSON. The caller
     * has checked access and audits the export in its transaction.
     *
     * @param subjectType the kind of subject, in the JSON and in the file name ({@code volunteer})
     * @param reference   how the export names her instead of her name (a pseudonym or short id)
     * @throws nl.naober.kernel.InvalidInputException for an unknown {@code format}
     * @throws HttpMediaTypeNotAcceptableException when {@code accept} allows neither format
     */
    public ExportFile render(String subjectType, UUID subjectId, String reference, List<ExportSection> sections,
            String format, String accept) throws HttpMediaTypeNotAcceptableException {
        return render(subjectType, subjectId, reference, sections,
                ExportFormat.choose(format, accept, () -> text("dataprotection.export.format.unknown")));
    }

    private ExportFile render(String subjectType, UUID subjectId, String reference, List<ExportSection> sections,
            ExportFormat format) {
        ExportDocument document = document(subjectType, subjectId, reference, sections);
        byte[] content = format == ExportFormat.PDF ? report.render(document, pdfLabels())
                : json.writeValueAsBytes(document);
        return new ExportFile(content, format, "naober-" + text("dataprotection.export.file-name." + subjectType)
                + "-" + reference + "." + format.extension());
    }

    private ExportDocument document(String subjectType, UUID subjectId, String reference, List<ExportSection> sections) {
        TenantId tenant = TenantContext.require();
        String municipalityName = tenants.find(tenant).map(Tenant::name).orElse(tenant.slug());
        Instant now = clock.instant();
        Locale locale = LocaleContextHolder.getLocale();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(now.atZone(RetentionRun.ZONE));
        List<ExportDocument.Section> resolved = sections.stream()
                .map(section -> new ExportDocument.Section(section.titleKey(), text(section.titleKey()),
                        section.rows().stream().map(row -> new ExportDocument.Row(row.labelKey(), text(row.labelKey()),
                                row.value())).toList()))
                .toList();
        return new ExportDocument(subjectType, new ExportDocument.Subject(subjectId, reference), tenant.slug(),
                municipalityName, now, text("dataprotection.export.title." + subjectType, reference),
                text("dataprotection.export.introduction", municipalityName, date), resolved);
    }

    private DataExportReport.Labels pdfLabels() {
        return new DataExportReport.Labels(text("dataprotection.export.not-filled-in"),
                text("dataprotection.export.page"), text("dataprotection.export.page-of"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
