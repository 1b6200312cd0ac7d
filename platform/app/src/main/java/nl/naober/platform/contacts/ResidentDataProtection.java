package nl.naober.platform.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.dataprotection.DataSubject;
import nl.naober.platform.dataprotection.DataSubjects;
import nl.naober.platform.dataprotection.ExportSection;
import nl.naober.platform.dataprotection.ExportSection.ExportRow;
import nl.naober.platform.dataprotection.ResidentDataHolder;
import nl.naober.platform.dataprotection.RetentionPolicy;
import nl.naober.platform.dataprotection.RetentionRule;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's part in data protection. It keeps the register of residents, so it decides who
 * may reach a resident for her export (the same rule as opening her: her village must be one of
 * the supporter's) and which residents have expired. Its data in an export comes first: the
 * resident, her contacts with their summaries, her care network. Retention keeps every contact
 * with its date, village, themes, route, minutes, function and noticed signals, so the statistics
 * do not change; only the personal details and free text go.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@Transactional
class ResidentDataProtection implements DataSubjects, ResidentDataHolder {

    /** The contact's free text: kept this many months after the contact date. */
    static final String CONTACT_SUMMARY = "contact-summary";

    /** Who helps the resident: kept as long as the resident's own data. */
    static final String CARE_NETWORK = "care-network";

    /** What an anonymised resident's initials become. */
    static final String NEUTRAL_INITIALS = "?";

    /** Bulk updates in slices, well below PostgreSQL's limit of bind parameters. */
    private static final int SLICE = 500;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ResidentRepository residents;
    private final ContactRepository contacts;
    private final CareNetworkRepository careNetwork;
    private final ResidentService residentService;
    private final ThemeService themes;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    ResidentDataProtection(ResidentRepository residents, ContactRepository contacts, CareNetworkRepository careNetwork,
            ResidentService residentService, ThemeService themes, CurrentColleague colleague,
            InputReader input, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.contacts = contacts;
        this.careNetwork = careNetwork;
        this.residentService = residentService;
        this.themes = themes;
        this.colleague = colleague;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    // --- DataSubjects ---

    @Override
    @Transactional(readOnly = true)
    public DataSubject requireReachable(UUID residentId) {
        Resident resident = residentService.require(residentId);
        return new DataSubject(resident.id(), resident.villageId(), resident.pseudonym());
    }

    @Override
    public List<UUID> anonymiseResidentsWithoutContactSince(LocalDate cutoff) {
        Instant cutoffInstant = cutoff.atStartOfDay(ZONE).toInstant();
        Instant now = clock.instant();
        List<UUID> anonymised = new ArrayList<>();
        for (UUID id : residents.findIdsWithoutContactSince(cutoff, cutoffInstant)) {
            String pseudonym = Pseudonyms.anonymous();
            while (residents.existsByPseudonym(pseudonym)) {
                pseudonym = Pseudonyms.anonymous();
            }
            if (residents.anonymiseIfExpired(id, pseudonym, NEUTRAL_INITIALS, cutoff, cutoffInstant, now) == 1) {
                audit.record(new AuditEvent(AuditAction.ANONYMISE, "resident", id, id, RetentionPolicy.AUDIT_BASIS,
                        "personal data removed: no contact since " + cutoff));
                anonymised.add(id);
            }
        }
        return anonymised;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> anonymisedAmong(Collection<UUID> residentIds) {
        Set<UUID> anonymised = new HashSet<>();
        List<UUID> ids = List.copyOf(new HashSet<>(residentIds));
        for (int from = 0; from < ids.size(); from += SLICE) {
            anonymised.addAll(residents.findAnonymisedIds(ids.subList(from, Math.min(from + SLICE, ids.size()))));
        }
        return anonymised;
    }

    // --- ResidentDataHolder ---

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(RetentionRule.months(CONTACT_SUMMARY, "contacts.retention.contact-summary", 24),
                RetentionRule.following(CARE_NETWORK, "contacts.retention.care-network", RetentionRule.RESIDENT));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportSection> export(UUID residentId) {
        Resident resident = residents.findById(residentId).orElseThrow();
        Map<UUID, String> villageNames = colleague.requireSupporter().villages().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name, (a, b) -> a));
        Map<UUID, Theme> themesById = themes.byId();
        List<ExportSection> sections = new ArrayList<>();
        ResidentDetails details = resident.details();
        sections.add(new ExportSection("contacts.export.resident", List.of(
                new ExportRow("contacts.export.pseudonym", resident.pseudonym()),
                new ExportRow("contacts.export.village", villageNames.getOrDefault(resident.villageId(),
                        resident.villageId().toString())),
                new ExportRow("contacts.export.name", details.name()),
                new ExportRow("contacts.export.phone", details.phone()),
                new ExportRow("contacts.export.email", details.email()),
                new ExportRow("contacts.export.address", details.address()),
                new ExportRow("contacts.export.registered-on", date(resident.createdAt())),
                new ExportRow("contacts.export.last-contact-on", text(resident.lastContactOn())))));
        // oldest first: the export reads as her history
        List<Contact> history = new ArrayList<>(
                contacts.findAllByResidentIdOrderByContactDateDescCreatedAtDesc(residentId));
        Collections.reverse(history);
        for (Contact contact : history) {
            sections.add(new ExportSection("contacts.export.contact", List.of(
                    new ExportRow("contacts.export.contact-date", text(contact.contactDate())),
                    new ExportRow("contacts.export.village", villageNames.getOrDefault(contact.villageId(),
                            contact.villageId().toString())),
                    new ExportRow("contacts.export.channel", label("contacts.channel.", contact.channel())),
                    new ExportRow("contacts.export.themes", contact.themes().stream().map(themesById::get)
                            .filter(Objects::nonNull).sorted(Comparator.comparingInt(Theme::position))
                            .map(Theme::label).collect(Collectors.joining(", "))),
                    new ExportRow("contacts.export.noticed-signals", contact.noticedSignals().stream()
                            .map(signal -> label("contacts.signal.", signal)).sorted()
                            .collect(Collectors.joining(", "))),
                    new ExportRow("contacts.export.route", label("contacts.route.", contact.route())),
                    new ExportRow("contacts.export.minutes", Integer.toString(contact.minutes())),
                    new ExportRow("contacts.export.function", contact.function().name() + ": "
                            + (english() ? contact.function().englishLabel() : contact.function().dutchLabel())),
                    new ExportRow("contacts.export.summary", contact.summary()),
                    new ExportRow("contacts.export.follow-up-on", text(contact.followUpOn())),
                    new ExportRow("contacts.export.follow-up-done-on", date(contact.followUpDoneAt())))));
        }
        for (CareNetworkMember member : careNetwork.findAllByResidentIdOrderByCreatedAt(residentId)) {
            sections.add(new ExportSection("contacts.export.care-network-member", List.of(
                    new ExportRow("contacts.export.relation", label("contacts.relation.", member.relation())),
                    new ExportRow("contacts.export.name", member.name()),
                    new ExportRow("contacts.export.care-contact", member.contact()),
                    new ExportRow("contacts.export.note", member.note()))));
        }
        return sections;
    }

    @Override
    public int forgetResident(UUID residentId) {
        Instant now = clock.instant();
        int members = careNetwork.deleteAllOfResident(residentId);
        int summaries = contacts.clearSummariesOfResident(residentId, now);
        if (members > 0) {
            audit.record(new AuditEvent(AuditAction.ANONYMISE, "care-network-member", null, residentId,
                    RetentionPolicy.AUDIT_BASIS, members + " care network members removed with the resident"));
        }
        if (summaries > 0) {
            audit.record(new AuditEvent(AuditAction.ANONYMISE, "contact", null, residentId, RetentionPolicy.AUDIT_BASIS,
                    "summaries of " + summaries + " contacts removed with the resident; the contacts stay"));
        }
        return members + summaries;
    }

    @Override
    public int applyRetention(RetentionPolicy policy) {
        Instant now = clock.instant();
        int months = policy.monthsFor(CONTACT_SUMMARY);
        List<Object[]> expired = contacts.findWithSummaryBefore(policy.cutoff(CONTACT_SUMMARY));
        int changed = 0;
        for (int from = 0; from < expired.size(); from += SLICE) {
            List<Object[]> slice = expired.subList(from, Math.min(from + SLICE, expired.size()));
            changed += contacts.clearSummaries(slice.stream().map(row -> (UUID) row[0]).toList(), now);
            for (Object[] row : slice) {
                audit.record(new AuditEvent(AuditAction.ANONYMISE, "contact", (UUID) row[0], (UUID) row[1],
                        RetentionPolicy.AUDIT_BASIS, "summary removed: older than " + months + " months"));
            }
        }
        // a care network member or summary added while her anonymisation ran would otherwise stay
        int strayMembers = careNetwork.deleteAllOfAnonymisedResidents();
        int straySummaries = contacts.clearSummariesOfAnonymisedResidents(now);
        if (strayMembers + straySummaries > 0) {
            audit.record(new AuditEvent(AuditAction.ANONYMISE, "resident", null, null, RetentionPolicy.AUDIT_BASIS,
                    strayMembers + " care network members and " + straySummaries
                            + " summaries of anonymised residents removed"));
        }
        return changed + strayMembers + straySummaries;
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? null : input.text(prefix + CodedValue.code(value));
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDate().toString();
    }
}
