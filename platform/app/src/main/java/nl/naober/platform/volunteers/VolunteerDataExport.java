package nl.naober.platform.volunteers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.dataprotection.DataSubjectExports;
import nl.naober.platform.dataprotection.ExportFile;
import nl.naober.platform.dataprotection.ExportSection;
import nl.naober.platform.dataprotection.ExportSection.ExportRow;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * A volunteer's right of access (AVG art. 15 and 20), answered by a supporter of one of her villages:
 * everything Naober keeps about her — her details, VOGs, every entry of hours with its note, the help
 * requests she was matched to (without the resident's description: that is the resident's data) and
 * her personal links (never the token). Her villages and hours are all there, also those of villages
 * the supporter does not serve: the export is hers, not the supporter's view. Audited as
 * {@code EXPORT} in the same transaction.
 */
@Service
class VolunteerDataExport {

    static final String AUDIT_BASIS = "data-subject-request";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final VolunteerService volunteers;
    private final VogRepository vogs;
    private final HoursRepository hours;
    private final HelpRequestRepository requests;
    private final HoursLinkRepository links;
    private final VillageDirectory villages;
    private final DataSubjectExports exports;
    private final InputReader input;
    private final AuditLog audit;

    VolunteerDataExport(VolunteerService volunteers, VogRepository vogs, HoursRepository hours,
            HelpRequestRepository requests, HoursLinkRepository links, VillageDirectory villages,
            DataSubjectExports exports, InputReader input, AuditLog audit) {
        this.volunteers = volunteers;
        this.vogs = vogs;
        this.hours = hours;
        this.requests = requests;
        this.links = links;
        this.villages = villages;
        this.exports = exports;
        this.input = input;
        this.audit = audit;
    }

    @Transactional
    ExportFile export(UUID volunteerId, String format, String accept) throws HttpMediaTypeNotAcceptableException {
        Volunteer volunteer = volunteers.require(volunteerId);
        List<ExportSection> sections = sections(volunteer);
        String reference = "VRW-" + volunteer.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        ExportFile file = exports.render("volunteer", volunteer.id(), reference, sections, format, accept);
        audit.record(new AuditEvent(AuditAction.EXPORT, VolunteerService.RECORD, volunteer.id(), null, AUDIT_BASIS,
                "volunteer's data-subject export as " + file.format().extension() + ", " + sections.size()
                        + " records"));
        return file;
    }

    private List<ExportSection> sections(Volunteer volunteer) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        Map<UUID, String> names = villages.all().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        List<ExportSection> sections = new ArrayList<>();
        sections.add(new ExportSection("volunteers.export.volunteer", List.of(
                new ExportRow("volunteers.export.first-name", volunteer.firstName()),
                new ExportRow("volunteers.export.last-name", volunteer.lastName()),
                new ExportRow("volunteers.export.phone", volunteer.phone()),
                new ExportRow("volunteers.export.email", volunteer.email()),
                new ExportRow("volunteers.export.note", volunteer.note()),
                new ExportRow("volunteers.export.consent", input.text(volunteer.consentToContact()
                        ? "volunteer.consent.yes" : "volunteer.consent.no")),
                new ExportRow("volunteers.export.started-on", dates.format(volunteer.startedOn())),
                new ExportRow("volunteers.export.ended-on", format(dates, volunteer.endedOn())),
                new ExportRow("volunteers.export.villages", joined(volunteer.villages().stream()
                        .map(names::get).sorted().toList())),
                new ExportRow("volunteers.export.skills", joined(volunteer.skills().stream()
                        .map(s -> input.text("volunteer.skill." + CodedValue.code(s))).toList())),
                new ExportRow("volunteers.export.availability", joined(volunteer.availability().stream()
                        .map(s -> input.text("volunteer.slot", input.text(s.dayKey()),
                                input.text("volunteer.part." + CodedValue.code(s.part())))).toList())),
                new ExportRow("volunteers.export.registered-at", dates.format(volunteer.createdAt().atZone(ZONE))))));
        for (Vog vog : vogs.findAllByVolunteerIdOrderByIssuedOnDesc(volunteer.id())) {
            sections.add(new ExportSection("volunteers.export.vog", List.of(
                    new ExportRow("volunteers.export.vog-issued-on", dates.format(vog.issuedOn())),
                    new ExportRow("volunteers.export.vog-valid-until", dates.format(vog.validUntil())))));
        }
        for (HoursEntry entry : hours.findAllByVolunteerIdOrderByWorkedOnAscCreatedAtAsc(volunteer.id())) {
            sections.add(new ExportSection("volunteers.export.hours", List.of(
                    new ExportRow("volunteers.export.worked-on", dates.format(entry.workedOn())),
                    new ExportRow("volunteers.export.hours-worked", BigDecimal.valueOf(entry.quarters())
                            .divide(BigDecimal.valueOf(4)).stripTrailingZeros().toPlainString().replace('.', ',')),
                    new ExportRow("volunteers.export.activity", input.text("volunteer.work-kind."
                            + CodedValue.code(entry.activity()))),
                    new ExportRow("volunteers.export.village", names.get(entry.villageId())),
                    new ExportRow("volunteers.export.note", entry.note()))));
        }
        for (HelpRequest request : requests.findAllByVolunteerIdOrderByNeededOnAsc(volunteer.id())) {
            sections.add(new ExportSection("volunteers.export.match", List.of(
                    new ExportRow("volunteers.export.village", names.get(request.villageId())),
                    new ExportRow("volunteers.export.skill", input.text("volunteer.skill."
                            + CodedValue.code(request.skill()))),
                    new ExportRow("volunteers.export.work-kind", input.text("volunteer.work-kind."
                            + CodedValue.code(request.workKind()))),
                    new ExportRow("volunteers.export.needed-on", dates.format(request.neededOn())),
                    new ExportRow("volunteers.export.status", input.text("volunteer.help.status."
                            + CodedValue.code(request.status()))))));
        }
        for (HoursLink link : links.findAllByVolunteerIdOrderByCreatedAtAsc(volunteer.id())) {
            sections.add(new ExportSection("volunteers.export.link", List.of(
                    new ExportRow("volunteers.export.link-created-at", dates.format(link.createdAt().atZone(ZONE))),
                    new ExportRow("volunteers.export.link-expires-on", format(dates, link.expiresOn())),
                    new ExportRow("volunteers.export.link-revoked-at", link.revokedAt() == null ? null
                            : dates.format(link.revokedAt().atZone(ZONE))))));
        }
        return sections;
    }

    private static String format(DateTimeFormatter dates, LocalDate date) {
        return date == null ? null : dates.format(date);
    }

    private static String joined(Collection<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
