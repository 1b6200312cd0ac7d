package nl.naober.platform.carers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part in data protection. A resident appears here in two ways: as a carer (the
 * carer record names her as {@code residentId}), with her appreciations, and as the one a carer
 * cares for ({@code caresForResidentId}).
 * <p>
 * Her export holds her own carer records with their appreciations and, where someone cares for
 * her, only the relation and since when: the carer's name, contact, burden and hours are the
 * carer's personal data, which her right of access does not reach (AVG art. 15(4)).
 * <p>
 * When she is anonymised, her carer records lose her name, contact and the link to whom she cares
 * for (relation and link together would tell who she is), her appreciations lose name, postal
 * address and consent texts, and carers caring for her lose the link to her; relation, burden,
 * hours, support, referral, dates, village and year stay for the figures. The appreciation list of
 * a year is the municipality's basis for sending and paying the appreciation; once its accounts of
 * that year are closed it needs only how many were appreciated per village and that each rested on
 * consent (year, village, dates, status, when and how consent was given), so name, postal address
 * and consent texts go {@link #CARER_APPRECIATION} months after the end of the year. A carer who is
 * not a known resident has no last contact to count from, so her name and contact stay until the
 * supporter removes her (not covered by retention yet).
 */
@Component
@Order(200)
@Transactional
class CarerDataProtection implements ResidentDataHolder {

    /** Name and postal address on the appreciation list: kept this many months after the end of its year. */
    static final String CARER_APPRECIATION = "carer-appreciation";

    /** Bulk updates in slices, well below PostgreSQL's limit of bind parameters. */
    private static final int SLICE = 500;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final CarerRepository carers;
    private final AppreciationRepository appreciations;
    private final DataSubjects subjects;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    CarerDataProtection(CarerRepository carers, AppreciationRepository appreciations, DataSubjects subjects,
            VillageDirectory villages, InputReader input, AuditLog audit, Clock clock) {
        this.carers = carers;
        this.appreciations = appreciations;
        this.subjects = subjects;
        this.villages = villages;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        // the municipality's annual accounts are closed by mid-July of the next year (Gemeentewet art. 200)
        return List.of(RetentionRule.months(CARER_APPRECIATION, "carers.retention.carer-appreciation", 12));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportSection> export(UUID residentId) {
        List<Carer> own = carers.findAllByResidentIdOrderByCreatedAt(residentId);
        List<Carer> caringForHer = carers.findAllByCaresForResidentIdOrderByCreatedAt(residentId);
        if (own.isEmpty() && caringForHer.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> villageNames = villages.all().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        List<ExportSection> sections = new ArrayList<>();
        for (Carer carer : own) {
            List<ExportRow> rows = new ArrayList<>(List.of(
                    new ExportRow("carers.export.village", village(villageNames, carer.villageId())),
                    new ExportRow("carers.export.name", carer.name()),
                    new ExportRow("carers.export.contact", carer.contact()),
                    new ExportRow("carers.export.cares-for", label("carers.relation.", carer.relation())),
                    new ExportRow("carers.export.burden", label("carers.burden.", carer.burden())),
                    new ExportRow("carers.export.hours-per-week", carer.hoursPerWeek() == null ? null
                            : carer.hoursPerWeek().toString()),
                    new ExportRow("carers.export.support", carer.support().isEmpty() ? null : carer.support()
                            .stream().map(support -> label("carers.support.", support))
                            .collect(Collectors.joining(", "))),
                    new ExportRow("carers.export.referred-to-carer-support", input.text(
                            carer.referredToCarerSupport() ? "carers.export.yes" : "carers.export.no")),
                    new ExportRow("carers.export.referred-on", text(carer.referredOn())),
                    new ExportRow("carers.export.started-on", text(carer.startedOn())),
                    new ExportRow("carers.export.registered-on", date(carer.createdAt()))));
            if (carer.anonymisedAt() != null) {
                rows.add(new ExportRow("carers.export.removed-on", date(carer.anonymisedAt())));
            }
            sections.add(new ExportSection("carers.export.carer", rows));
            // oldest year first, after the carer record they belong to
            for (Appreciation appreciation : appreciations.findAllByCarerIdOrderByYearDesc(carer.id()).reversed()) {
                sections.add(appreciation(appreciation, villageNames));
            }
        }
        for (Carer carer : caringForHer) {
            sections.add(new ExportSection("carers.export.cared-for", List.of(
                    new ExportRow("carers.export.village", village(villageNames, carer.villageId())),
                    new ExportRow("carers.export.cared-for-relation", label("carers.relation.", carer.relation())),
                    new ExportRow("carers.export.registered-on", date(carer.createdAt())))));
        }
        return sections;
    }

    @Override
    public int forgetResident(UUID residentId) {
        Instant now = clock.instant();
        int changed = 0;
        List<UUID> own = carers.findIdsNotAnonymisedOfResident(residentId);
        if (!own.isEmpty()) {
            changed += carers.anonymise(own, now);
            own.forEach(id -> audit.record(new AuditEvent(AuditAction.ANONYMISE, "carer", id, residentId,
                    RetentionPolicy.AUDIT_BASIS, "name, contact and whom she cares for removed with the resident;"
                            + " relation, burden, hours, support and dates stay")));
        }
        List<UUID> listed = appreciations.findIdsNotAnonymisedOfResident(residentId);
        if (!listed.isEmpty()) {
            changed += appreciations.anonymise(listed, now);
            listed.forEach(id -> audit.record(new AuditEvent(AuditAction.ANONYMISE, "carer-appreciation", id,
                    residentId, RetentionPolicy.AUDIT_BASIS, "name, postal address and consent texts removed with"
                            + " the resident; year, village, dates and status stay")));
        }
        List<UUID> caringForHer = carers.findIdsCaringFor(residentId);
        if (!caringForHer.isEmpty()) {
            changed += carers.unlinkCaredFor(caringForHer, now);
            caringForHer.forEach(id -> audit.record(new AuditEvent(AuditAction.ANONYMISE, "carer", id, residentId,
                    RetentionPolicy.AUDIT_BASIS, "link to the cared-for resident removed with her;"
                            + " the carer's own data stays")));
        }
        return changed;
    }

    @Override
    public int applyRetention(RetentionPolicy policy) {
        // first what the anonymisation of a resident may have missed: a record or appreciation
        // registered while it ran
        int changed = 0;
        List<UUID> kept = carers.findResidentIdsKept();
        for (int from = 0; from < kept.size(); from += SLICE) {
            for (UUID resident : subjects.anonymisedAmong(kept.subList(from, Math.min(from + SLICE, kept.size())))) {
                changed += forgetResident(resident);
            }
        }
        int months = policy.monthsFor(CARER_APPRECIATION);
        // a year's list expires when the cut-off lies past its 31 December
        List<Object[]> expired = appreciations.findNotAnonymisedOfYearsBefore(
                policy.cutoff(CARER_APPRECIATION).getYear());
        Instant now = clock.instant();
        for (int from = 0; from < expired.size(); from += SLICE) {
            List<Object[]> slice = expired.subList(from, Math.min(from + SLICE, expired.size()));
            changed += appreciations.anonymise(slice.stream().map(row -> (UUID) row[0]).toList(), now);
            for (Object[] row : slice) {
                audit.record(new AuditEvent(AuditAction.ANONYMISE, "carer-appreciation", (UUID) row[0],
                        (UUID) row[1], RetentionPolicy.AUDIT_BASIS, "name, postal address and consent texts removed:"
                                + " its year ended more than " + months + " months ago"));
            }
        }
        return changed;
    }

    private ExportSection appreciation(Appreciation appreciation, Map<UUID, String> villageNames) {
        ConsentRecord consent = appreciation.consent();
        List<ExportRow> rows = new ArrayList<>(List.of(
                new ExportRow("carers.export.year", Integer.toString(appreciation.year())),
                new ExportRow("carers.export.village", village(villageNames, appreciation.villageId())),
                new ExportRow("carers.export.signed-up-on", text(appreciation.registeredOn())),
                new ExportRow("carers.export.how", label("carers.appreciation-channel.", appreciation.how())),
                new ExportRow("carers.export.appreciation-status", label("carers.appreciation-status.",
                        appreciation.status())),
                new ExportRow("carers.export.name", appreciation.name()),
                new ExportRow("carers.export.postal-address", appreciation.postalAddress()),
                new ExportRow("consent.export.what", consent.what()),
                new ExportRow("consent.export.recipient", consent.recipient()),
                new ExportRow("consent.export.given-on", text(consent.givenOn())),
                new ExportRow("consent.export.form", label("consent.form.", consent.form())),
                new ExportRow("consent.export.recorded-on", date(consent.recordedAt()))));
        if (appreciation.anonymisedAt() != null) {
            rows.add(new ExportRow("carers.export.removed-on", date(appreciation.anonymisedAt())));
        }
        return new ExportSection("carers.export.appreciation", rows);
    }

    private static String village(Map<UUID, String> villageNames, UUID village) {
        return villageNames.getOrDefault(village, village.toString());
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? null : input.text(prefix + CodedValue.code(value));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDate().toString();
    }
}
