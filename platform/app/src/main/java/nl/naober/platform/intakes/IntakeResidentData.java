package nl.naober.platform.intakes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.Bsn;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.dataprotection.DataSubjects;
import nl.naober.platform.dataprotection.ExportSection;
import nl.naober.platform.dataprotection.ExportSection.ExportRow;
import nl.naober.platform.dataprotection.ResidentDataHolder;
import nl.naober.platform.dataprotection.RetentionPolicy;
import nl.naober.platform.dataprotection.RetentionRule;
import nl.naober.platform.delivery.DeliveryState;
import nl.naober.platform.delivery.IntakeDeliveries;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part in data protection: the resident's WMO intakes in her export, and their
 * personal data removed when she is anonymised or when an intake is older than its retention.
 * <p>
 * The export shows each intake as she would see it, but with the BSN masked: she knows her own
 * number, and an export file is carried around and mailed on, so a full BSN in it would be a leak
 * for nothing gained. A submitted intake is the municipality's melding once delivered; Naober keeps
 * its copy only so the supporter and the municipal admin can follow the statutory deadlines, so
 * its personal data goes {@link #INTAKE} months after the melding date (default 24: the
 * investigation, the decision and an objection are long over by then). A draft never reached the
 * municipality; it goes as a whole {@link #INTAKE_DRAFT} months after its last change (default 6,
 * the shortest retention the settings allow). When she is anonymised her drafts are deleted and
 * her submitted intakes lose the same personal data. Reference, village, melding date, life
 * domains, urgency, the personal-plan wish, the mandate used and when and how consent was given
 * stay: the figures count them and the deadlines derive from them.
 * <p>
 * A submitted intake still queued for delivery is anonymised all the same: forgetting her
 * outweighs a melding that has not gone through in all the months her retention ran. The worker
 * then parks the delivery as failed with the reason that the personal data was removed
 * ({@link SubmittedIntakes#load}), so the municipal admin sees it instead of it being retried.
 */
@Component
@Order(600)
@Transactional
class IntakeResidentData implements ResidentDataHolder {

    /** The personal data of a submitted intake: kept this many months after the melding date. */
    static final String INTAKE = "intake";

    /** A draft intake: deleted this many months after its last change. */
    static final String INTAKE_DRAFT = "intake-draft";

    /** Bulk updates in slices, well below PostgreSQL's limit of bind parameters. */
    private static final int SLICE = 500;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final IntakeRetentionRepository intakes;
    private final IntakeDeliveries deliveries;
    private final DataSubjects subjects;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    IntakeResidentData(IntakeRetentionRepository intakes, IntakeDeliveries deliveries, DataSubjects subjects,
            VillageDirectory villages, InputReader input, AuditLog audit, Clock clock) {
        this.intakes = intakes;
        this.deliveries = deliveries;
        this.subjects = subjects;
        this.villages = villages;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(RetentionRule.months(INTAKE, "intakes.retention.intake", 24),
                RetentionRule.months(INTAKE_DRAFT, "intakes.retention.intake-draft", RetentionRule.MIN_MONTHS));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportSection> export(UUID residentId) {
        List<Intake> found = intakes.findAllOfResident(residentId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> villageNames = villages.all().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        Map<UUID, DeliveryState> states = deliveries.statesOf(found.stream().map(Intake::id).toList());
        List<ExportSection> sections = new ArrayList<>();
        for (Intake intake : found) {
            sections.add(section(intake, villageNames, states.get(intake.id())));
        }
        return sections;
    }

    @Override
    public int forgetResident(UUID residentId) {
        List<Expired> drafts = intakes.findDraftIdsOfResident(residentId).stream()
                .map(id -> new Expired(id, residentId)).toList();
        List<Expired> submitted = intakes.findSubmittedIdsWithDataOfResident(residentId).stream()
                .map(id -> new Expired(id, residentId)).toList();
        return deleteDrafts(drafts, "removed with the resident")
                + anonymise(submitted, "removed with the resident");
    }

    @Override
    public int applyRetention(RetentionPolicy policy) {
        // first what the anonymisation of a resident may have missed: an intake saved while it ran
        int changed = 0;
        for (UUID resident : subjects.anonymisedAmong(intakes.findResidentIdsWithData())) {
            changed += forgetResident(resident);
        }
        Instant draftCutoff = policy.cutoff(INTAKE_DRAFT).atStartOfDay(ZONE).toInstant();
        changed += deleteDrafts(rows(intakes.findDraftsChangedBefore(draftCutoff)),
                "last changed more than " + policy.monthsFor(INTAKE_DRAFT) + " months ago");
        changed += anonymise(rows(intakes.findSubmittedWithDataMeldedBefore(policy.cutoff(INTAKE))),
                "melding date more than " + policy.monthsFor(INTAKE) + " months ago");
        return changed;
    }

    private int deleteDrafts(List<Expired> drafts, String why) {
        int changed = 0;
        for (int from = 0; from < drafts.size(); from += SLICE) {
            List<Expired> slice = drafts.subList(from, Math.min(from + SLICE, drafts.size()));
            changed += intakes.deleteDrafts(slice.stream().map(Expired::intake).toList());
            for (Expired draft : slice) {
                audit.record(new AuditEvent(AuditAction.ANONYMISE, IntakeService.RECORD_TYPE, draft.intake(),
                        draft.resident(), RetentionPolicy.AUDIT_BASIS, "draft intake deleted: " + why));
            }
        }
        return changed;
    }

    private int anonymise(List<Expired> submitted, String why) {
        Instant now = clock.instant();
        int changed = 0;
        for (int from = 0; from < submitted.size(); from += SLICE) {
            List<Expired> slice = submitted.subList(from, Math.min(from + SLICE, submitted.size()));
            changed += intakes.anonymiseSubmitted(slice.stream().map(Expired::intake).toList(), now);
            for (Expired intake : slice) {
                audit.record(new AuditEvent(AuditAction.ANONYMISE, IntakeService.RECORD_TYPE, intake.intake(),
                        intake.resident(), RetentionPolicy.AUDIT_BASIS, "BSN, name, date of birth, address, request,"
                                + " conversation report and consent texts " + why + "; reference, village, dates,"
                                + " life domains, urgency and delivery stay"));
            }
        }
        return changed;
    }

    private ExportSection section(Intake intake, Map<UUID, String> villageNames, DeliveryState delivery) {
        IntakeFacts facts = intake.facts();
        List<ExportRow> rows = new ArrayList<>(List.of(
                new ExportRow("intakes.export.reference", intake.reference()),
                new ExportRow("intakes.export.status", label("intakes.export.status.", intake.status())),
                new ExportRow("intakes.export.village", villageNames.getOrDefault(intake.villageId(),
                        intake.villageId().toString())),
                new ExportRow("intakes.export.melding-date", text(intake.meldingDate())),
                new ExportRow("intakes.export.bsn", facts.bsn() == null ? null : Bsn.mask(facts.bsn())),
                new ExportRow("intakes.export.name", name(facts)),
                new ExportRow("intakes.export.date-of-birth", text(facts.dateOfBirth())),
                new ExportRow("intakes.export.address", address(facts)),
                new ExportRow("intakes.export.request", facts.request()),
                new ExportRow("intakes.export.life-domains", facts.lifeDomains().isEmpty() ? null
                        : facts.lifeDomains().stream().sorted().map(d -> label("intakes.lifeDomain.", d))
                                .collect(Collectors.joining(", "))),
                new ExportRow("intakes.export.urgency", label("intakes.urgency.", facts.urgency())),
                new ExportRow("intakes.export.personal-plan", facts.personalPlanIntended() == null ? null
                        : input.text(facts.personalPlanIntended() ? "intakes.export.yes" : "intakes.export.no")),
                new ExportRow("intakes.export.conversation-report", facts.conversationReport()),
                new ExportRow("intakes.export.mandate-decision", intake.mandateDecision()),
                new ExportRow("intakes.export.supporter", intake.supporterName())));
        if (intake.consent() != null) {
            rows.addAll(consentRows(intake.consent()));
        }
        if (delivery != null) {
            rows.add(new ExportRow("intakes.export.delivery-status", label("intakes.export.delivery-status.",
                    delivery.status())));
            rows.add(new ExportRow("intakes.export.case-number", delivery.progress().caseIdentification()));
            rows.add(new ExportRow("intakes.export.case-status", delivery.progress().caseStatus()));
        }
        rows.add(new ExportRow("intakes.export.changed-on", date(intake.updatedAt())));
        if (intake.anonymisedAt() != null) {
            rows.add(new ExportRow("intakes.export.removed-on", date(intake.anonymisedAt())));
        }
        return new ExportSection("intakes.export.intake", rows);
    }

    private List<ExportRow> consentRows(ConsentRecord consent) {
        return List.of(new ExportRow("consent.export.what", consent.what()),
                new ExportRow("consent.export.recipient", consent.recipient()),
                new ExportRow("consent.export.given-on", text(consent.givenOn())),
                new ExportRow("consent.export.form", label("consent.form.", consent.form())),
                new ExportRow("consent.export.recorded-on", date(consent.recordedAt())));
    }

    private static String name(IntakeFacts facts) {
        String name = java.util.stream.Stream.of(facts.givenNames(), facts.surnamePrefix(), facts.surname())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    private static String address(IntakeFacts facts) {
        String street = java.util.stream.Stream.of(facts.street(), facts.houseNumber())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        String place = java.util.stream.Stream.of(facts.postalCode(), facts.city())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        String address = java.util.stream.Stream.of(street, place).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return address.isEmpty() ? null : address;
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? null : input.text(prefix + CodedValue.code(value));
    }

    private static List<Expired> rows(List<Object[]> rows) {
        return rows.stream().map(row -> new Expired((UUID) row[0], (UUID) row[1])).toList();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDate().toString();
    }

    /** An intake whose personal data goes, with the resident it is about. */
    private record Expired(UUID intake, UUID resident) {
    }
}
