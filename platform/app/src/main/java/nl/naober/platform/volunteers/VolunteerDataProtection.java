package nl.naober.platform.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.dataprotection.DataSubjects;
import nl.naober.platform.dataprotection.ExportSection;
import nl.naober.platform.dataprotection.ExportSection.ExportRow;
import nl.naober.platform.dataprotection.ResidentDataHolder;
import nl.naober.platform.dataprotection.RetentionPolicy;
import nl.naober.platform.dataprotection.RetentionRule;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part in data protection, through the {@code dataprotection} SPI.
 * <p>
 * Residents: a help request names no one, but its description is free text about the resident of
 * its contact. It is in her export, and it goes when she is anonymised (the request stays with its
 * skill, kind, village, day and status for the figures).
 * <p>
 * Volunteers are no residents, but the SPI's own retention rules fit them: {@value #VOLUNTEER}
 * declares how many months after her end date a volunteer who stopped keeps her name, phone, e-mail
 * and note (default 12: long enough for a reference or a question about her hours). Then they are
 * removed, the notes of her hours too, and her link is revoked; her skills, villages, dates, hours
 * and matches stay, so every total is unchanged. A volunteer's right of access is answered by the
 * supporter from the volunteer's page (not part of the residents' export: gap, documented).
 */
@Component
@Order(300)
@Transactional
class VolunteerDataProtection implements ResidentDataHolder {

    /** A volunteer's personal data, counted from the day she stopped. */
    static final String VOLUNTEER = "volunteer";

    private final VolunteerRepository volunteers;
    private final HelpRequestRepository requests;
    private final HoursRepository hours;
    private final HoursLinkRepository links;
    private final DataSubjects subjects;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerDataProtection(VolunteerRepository volunteers, HelpRequestRepository requests, HoursRepository hours,
            HoursLinkRepository links, DataSubjects subjects, VillageDirectory villages, InputReader input,
            AuditLog audit, Clock clock) {
        this.volunteers = volunteers;
        this.requests = requests;
        this.hours = hours;
        this.links = links;
        this.subjects = subjects;
        this.villages = villages;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(RetentionRule.months(VOLUNTEER, "volunteers.retention.volunteer", 12));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportSection> export(UUID residentId) {
        List<HelpRequest> hers = requests.findAllByResidentIdOrderByCreatedAt(residentId);
        if (hers.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = villages.all().stream().collect(Collectors.toMap(VillageSummary::id,
                VillageSummary::name));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        List<ExportSection> sections = new ArrayList<>();
        for (HelpRequest request : hers) {
            sections.add(new ExportSection("volunteers.export.help-request", List.of(
                    new ExportRow("volunteers.export.village", names.get(request.villageId())),
                    new ExportRow("volunteers.export.skill", input.text("volunteer.skill."
                            + CodedValue.code(request.skill()))),
                    new ExportRow("volunteers.export.work-kind", input.text("volunteer.work-kind."
                            + CodedValue.code(request.workKind()))),
                    new ExportRow("volunteers.export.needed-on", dates.format(request.neededOn())),
                    new ExportRow("volunteers.export.description", request.description()),
                    new ExportRow("volunteers.export.status", input.text("volunteer.help.status."
                            + CodedValue.code(request.status()))))));
        }
        return sections;
    }

    @Override
    public int forgetResident(UUID residentId) {
        int changed = 0;
        Instant now = clock.instant();
        for (HelpRequest request : requests.findAllByResidentIdAndDescriptionIsNotNull(residentId)) {
            request.forget(now);
            audit.record(new AuditEvent(AuditAction.ANONYMISE, HelpRequestService.RECORD, request.id(), residentId,
                    RetentionPolicy.AUDIT_BASIS, "help request description removed with the resident"));
            changed++;
        }
        requests.flush();
        return changed;
    }

    @Override
    public int applyRetention(RetentionPolicy policy) {
        int changed = 0;
        // a description added to a help request while its resident was being anonymised
        Set<UUID> anonymised = subjects.anonymisedAmong(requests.findResidentIdsWithDescription());
        for (UUID resident : anonymised) {
            changed += forgetResident(resident);
        }
        Instant now = clock.instant();
        for (Volunteer volunteer : volunteers.findEndedBefore(policy.cutoff(VOLUNTEER))) {
            volunteer.anonymise(now);
            hours.findAllByVolunteerIdAndNoteIsNotNull(volunteer.id()).forEach(HoursEntry::forgetNote);
            links.findByVolunteerIdAndRevokedAtIsNull(volunteer.id()).ifPresent(link -> link.revoke(now));
            audit.record(new AuditEvent(AuditAction.ANONYMISE, VolunteerService.RECORD, volunteer.id(), null,
                    RetentionPolicy.AUDIT_BASIS, "volunteer stopped: name, contact details and notes removed"));
            changed++;
        }
        volunteers.flush();
        return changed;
    }
}
