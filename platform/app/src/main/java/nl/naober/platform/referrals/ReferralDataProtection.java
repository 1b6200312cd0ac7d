package nl.naober.platform.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * This module's part in data protection: the resident's referrals in her export, after her
 * contacts, and their personal free text removed when she is anonymised or when a closed referral
 * is older than its retention.
 * <p>
 * Personal free text is everything typed in: whom she was referred to ({@code targetName}) and how
 * to reach them, the reason, the outcome notes, and what the consent names and to whom. The target
 * name goes too, although it names a professional or an organisation rather than her: until the
 * social map gives organisations an id it is free text, a professional's name is someone's personal
 * data, and a name such as "praktijkondersteuner van dokter Jansen" or "dochter van mevrouw" can
 * point back at her in a village, which cannot be checked by a program. What the statistics count
 * stays: target kind, status, the dates, village and the resident reference (a pseudonym once she
 * is anonymised), and when and how consent was given and by whom, which shows the referral was
 * lawful without saying what was shared.
 */
@Component
@Order(100)
@Transactional
class ReferralDataProtection implements ResidentDataHolder {

    /** The personal free text of a closed referral: kept this many months after it was closed. */
    static final String REFERRAL_TEXT = "referral-text";

    /** Bulk updates in slices, well below PostgreSQL's limit of bind parameters. */
    private static final int SLICE = 500;

    private static final Set<ReferralStatus> OPEN = EnumSet.allOf(ReferralStatus.class).stream()
            .filter(ReferralStatus::open).collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralStatus.class)));

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ReferralRepository referrals;
    private final ReferralOutcomeRepository outcomes;
    private final DataSubjects subjects;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    ReferralDataProtection(ReferralRepository referrals, ReferralOutcomeRepository outcomes, DataSubjects subjects,
            VillageDirectory villages, InputReader input, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.subjects = subjects;
        this.villages = villages;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        // an open referral waits for an outcome and keeps its text; the months count from its closing
        return List.of(RetentionRule.months(REFERRAL_TEXT, "referrals.retention.referral-text", 24));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportSection> export(UUID residentId) {
        List<Referral> found = new ArrayList<>(referrals.findAllByResidentIdOrderByReferredOnDescCreatedAtDesc(
                residentId));
        if (found.isEmpty()) {
            return List.of();
        }
        // oldest first, like her contacts: the export reads as her history
        Collections.reverse(found);
        Map<UUID, String> villageNames = villages.all().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        List<ExportSection> sections = new ArrayList<>();
        for (Referral referral : found) {
            List<ExportRow> rows = new ArrayList<>(List.of(
                    new ExportRow("referrals.export.referred-on", text(referral.referredOn())),
                    new ExportRow("referrals.export.village", villageNames.getOrDefault(referral.villageId(),
                            referral.villageId().toString())),
                    new ExportRow("referrals.export.target-kind", label("referrals.target-kind.",
                            referral.targetKind())),
                    new ExportRow("referrals.export.target-name", referral.targetName()),
                    new ExportRow("referrals.export.target-contact", referral.targetContact()),
                    new ExportRow("referrals.export.reason", referral.reason()),
                    new ExportRow("referrals.export.status", label("referrals.status.", referral.status())),
                    new ExportRow("referrals.export.status-on", text(referral.statusOn()))));
            rows.addAll(consentRows(referral.consent()));
            for (ReferralOutcome outcome : outcomes.findAllByReferralIdOrderByRecordedAt(referral.id())) {
                rows.add(new ExportRow("referrals.export.outcome", text(outcome.outcomeOn()) + ": "
                        + label("referrals.status.", outcome.status())
                        + (outcome.note() == null ? "" : " – " + outcome.note())));
            }
            if (referral.anonymisedAt() != null) {
                rows.add(new ExportRow("referrals.export.text-removed-on", date(referral.anonymisedAt())));
            }
            sections.add(new ExportSection("referrals.export.referral", rows));
        }
        return sections;
    }

    @Override
    public int forgetResident(UUID residentId) {
        return anonymise(referrals.findIdsWithTextOfResident(residentId).stream()
                .map(id -> new Expired(id, residentId)).toList(), "removed with the resident");
    }

    @Override
    public int applyRetention(RetentionPolicy policy) {
        // first what the anonymisation of a resident may have missed: a referral made while it ran
        int changed = 0;
        List<UUID> withText = referrals.findResidentIdsWithText();
        for (int from = 0; from < withText.size(); from += SLICE) {
            for (UUID resident : subjects.anonymisedAmong(withText.subList(from, Math.min(from + SLICE,
                    withText.size())))) {
                changed += forgetResident(resident);
            }
        }
        int strayNotes = outcomes.clearNotesOfAnonymisedReferrals();
        if (strayNotes > 0) {
            audit.record(new AuditEvent(AuditAction.ANONYMISE, "referral", null, null, RetentionPolicy.AUDIT_BASIS,
                    strayNotes + " outcome notes of referrals without personal text removed"));
        }
        int months = policy.monthsFor(REFERRAL_TEXT);
        List<Expired> expired = referrals.findWithTextClosedBefore(OPEN, policy.cutoff(REFERRAL_TEXT)).stream()
                .map(row -> new Expired((UUID) row[0], (UUID) row[1])).toList();
        return changed + strayNotes + anonymise(expired, "closed more than " + months + " months ago");
    }

    /** Removes the referrals' personal free text and outcome notes; one audit event per referral. */
    private int anonymise(List<Expired> expired, String why) {
        Instant now = clock.instant();
        int changed = 0;
        for (int from = 0; from < expired.size(); from += SLICE) {
            List<Expired> slice = expired.subList(from, Math.min(from + SLICE, expired.size()));
            List<UUID> ids = slice.stream().map(Expired::referral).toList();
            // the referral rows first: their new version stops an outcome being recorded meanwhile
            changed += referrals.anonymise(ids, now);
            changed += outcomes.clearNotes(ids);
            for (Expired referral : slice) {
                audit.record(new AuditEvent(AuditAction.ANONYMISE, "referral", referral.referral(),
                        referral.resident(), RetentionPolicy.AUDIT_BASIS, "target, reason, outcome notes and consent"
                                + " texts " + why + "; kind, status and dates stay"));
            }
        }
        return changed;
    }

    private List<ExportRow> consentRows(ConsentRecord consent) {
        return List.of(new ExportRow("consent.export.what", consent.what()),
                new ExportRow("consent.export.recipient", consent.recipient()),
                new ExportRow("consent.export.given-on", text(consent.givenOn())),
                new ExportRow("consent.export.form", label("consent.form.", consent.form())),
                new ExportRow("consent.export.recorded-on", date(consent.recordedAt())));
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

    /** A referral whose text goes, with the resident it is about. */
    private record Expired(UUID referral, UUID resident) {
    }
}
