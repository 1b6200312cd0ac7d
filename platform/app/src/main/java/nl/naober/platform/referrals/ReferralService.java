package nl.naober.platform.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.consent.ConsentView;
import nl.naober.platform.consent.Consents;
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.contacts.ResidentAccess;
import nl.naober.platform.contacts.ResidentReference;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.socialmap.SocialMapEntries;
import nl.naober.platform.socialmap.SocialMapEntryReference;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring residents of the supporter's villages and feeding back the outcome. A referral is saved
 * with its consent, its first history step and its audit event in one transaction: a request with
 * incomplete consent or any other invalid field saves nothing.
 */
@Service
@Transactional
class ReferralService {

    static final int MAX_TARGET_NAME = 200;
    static final int MAX_TARGET_CONTACT = 200;
    static final int MAX_TEXT = 2000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The supporter's task for the residents of her own villages. */
    private static final String VILLAGE_SUPPORT = "village-support";
    /** The resident's recorded consent: what a referral shares with someone outside the village rests on. */
    private static final String CONSENT = "consent";

    private final ReferralRepository referrals;
    private final ReferralOutcomeRepository outcomes;
    private final ResidentAccess residents;
    private final ContactLookup contacts;
    private final Consents consents;
    private final SocialMapEntries socialMap;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, ReferralOutcomeRepository outcomes, ResidentAccess residents,
            ContactLookup contacts, Consents consents, SocialMapEntries socialMap, CurrentColleague colleague,
            InputReader input, AuditLog audit, Clock clock) {
        this.socialMap = socialMap;
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.residents = residents;
        this.contacts = contacts;
        this.consents = consents;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("referral.required.");
        this.audit = audit;
        this.clock = clock;
    }

    ReferralResponses.ReferralView refer(UUID residentId, ReferralRequests.NewReferral request) {
        Colleague supporter = colleague.requireSupporter();
        ResidentReference resident = residents.requireAccessible(residentId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        SocialMapEntryReference entry = null;
        if (request.socialMapEntryId() != null) {
            entry = socialMap.find(request.socialMapEntryId()).filter(e -> e.serves(resident.villageId())).orElse(null);
            if (entry == null) {
                errors.add("socialMapEntryId", input.text("referral.social-map-entry.not-serving"));
            }
        }
        boolean fromMap = entry != null;
        String targetName = fromMap && blank(request.targetName())
                ? input.optionalText("targetName", entry.name(), MAX_TARGET_NAME, errors)
                : input.requiredText("targetName", request.targetName(), MAX_TARGET_NAME, errors);
        TargetKind kind = fromMap && blank(request.targetKind()) ? TargetKind.of(entry)
                : input.requiredCode("targetKind", TargetKind.class, request.targetKind(), errors);
        String targetContact = input.optionalText("targetContact", request.targetContact(), MAX_TARGET_CONTACT, errors);
        String reason = input.optionalText("reason", request.reason(), MAX_TEXT, errors);
        LocalDate referredOn = input.optionalPastDate("referredOn", request.referredOn(), EARLIEST, errors);
        if (request.referredOn() == null || request.referredOn().isBlank()) {
            referredOn = input.today();
        }
        if (request.contactId() != null && contacts.findAccessible(List.of(request.contactId())).stream()
                .noneMatch(c -> resident.id().equals(c.residentId()))) {
            errors.add("contactId", input.text("referral.contact.not-of-resident"));
        }
        ConsentRecord consent = consents.read("consent", request.consent(), supporter.memberId(), clock.instant(),
                errors);
        if (consent.givenOn() != null && referredOn != null && consent.givenOn().isAfter(referredOn)) {
            errors.add("consent.givenOn", input.text("referral.consent.after-referral"));
        }
        errors.throwIfAny();

        ReferralFacts facts = new ReferralFacts(targetName, kind, targetContact, reason, referredOn,
                request.contactId(), fromMap ? entry.id() : null);
        Referral referral = referrals.saveAndFlush(new Referral(UUID.randomUUID(), resident.villageId(),
                resident.id(), supporter.memberId(), facts, consent, clock.instant()));
        outcomes.saveAndFlush(new ReferralOutcome(UUID.randomUUID(), referral.id(), ReferralStatus.SENT, referredOn,
                null, supporter.memberId(), clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "referral", referral.id(), resident.id(), CONSENT,
                "referral to a " + kind.name().toLowerCase(Locale.ROOT) + " with consent recorded"));
        return view(referral, resident);
    }

    /** The referrals of one resident, newest first. It tells who she was referred to, so it is audited. */
    List<ReferralResponses.ReferralListItem> ofResident(UUID residentId) {
        ResidentReference resident = residents.requireAccessible(residentId);
        List<ReferralResponses.ReferralListItem> found = referrals
                .findAllByResidentIdOrderByReferredOnDescCreatedAtDesc(resident.id()).stream()
                .map(r -> ReferralResponses.ReferralListItem.of(r, resident)).toList();
        audit.record(new AuditEvent(AuditAction.READ, "referral", null, resident.id(), VILLAGE_SUPPORT,
                "referrals of the resident listed, " + found.size() + " found"));
        return found;
    }

    /** The referrals of her villages (or one of them): open ones first, then newest first; pseudonyms only. */
    @Transactional(readOnly = true)
    List<ReferralResponses.ReferralListItem> list(UUID village) {
        Set<UUID> villages = village == null ? colleague.supporterVillageIds()
                : Set.of(colleague.requireOwnVillage(village).id());
        if (villages.isEmpty()) {
            return List.of();
        }
        List<Referral> found = referrals.findAllByVillageIdIn(villages);
        Map<UUID, ResidentReference> byId = residents.findAccessible(
                found.stream().map(Referral::residentId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ResidentReference::id, Function.identity()));
        return found.stream().filter(r -> byId.containsKey(r.residentId()))
                .sorted(Comparator.comparing((Referral r) -> !r.status().open())
                        .thenComparing(Referral::referredOn, Comparator.reverseOrder())
                        .thenComparing(Referral::createdAt, Comparator.reverseOrder()))
                .map(r -> ReferralResponses.ReferralListItem.of(r, byId.get(r.residentId()))).toList();
    }

    ReferralResponses.ReferralView show(UUID id) {
        Referral referral = require(id);
        ResidentReference resident = residents.requireAccessible(referral.residentId());
        audit.record(new AuditEvent(AuditAction.READ, "referral", referral.id(), resident.id(), VILLAGE_SUPPORT,
                "referral opened with consent and outcome history"));
        return view(referral, resident);
    }

    ReferralResponses.ReferralView recordOutcome(UUID id, ReferralRequests.NewOutcome request) {
        Colleague supporter = colleague.requireSupporter();
        Referral referral = require(id);
        ResidentReference resident = residents.requireAccessible(referral.residentId());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ReferralStatus status = input.requiredCode("status", ReferralStatus.class, request.status(), errors);
        if (status == ReferralStatus.SENT) {
            errors.add("status", input.text("referral.status.sent-again"));
        }
        String note = input.optionalText("note", request.note(), MAX_TEXT, errors);
        LocalDate date = input.optionalPastDate("date", request.date(), EARLIEST, errors);
        if (request.date() == null || request.date().isBlank()) {
            date = input.today();
        } else if (date != null && date.isBefore(referral.referredOn())) {
            errors.add("date", input.text("referral.outcome.before-referral", referral.referredOn()));
        }
        errors.throwIfAny();
        if (!referral.status().open()) {
            throw new ResourceConflictException("status", input.text("referral.closed"));
        }
        referral.changeStatus(status, date, clock.instant());
        referrals.saveAndFlush(referral);
        outcomes.saveAndFlush(new ReferralOutcome(UUID.randomUUID(), referral.id(), status, date, note,
                supporter.memberId(), clock.instant()));
        audit.record(new AuditEvent(AuditAction.UPDATE, "referral", referral.id(), resident.id(), VILLAGE_SUPPORT,
                "outcome recorded: " + status.name().toLowerCase(Locale.ROOT)));
        return view(referral, resident);
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    /** A referral in one of the supporter's villages; anywhere else "not found". */
    private Referral require(UUID id) {
        Set<UUID> villages = colleague.supporterVillageIds();
        return referrals.findById(id).filter(r -> villages.contains(r.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("referral.not-found", id)));
    }

    private ReferralResponses.ReferralView view(Referral referral, ResidentReference resident) {
        List<ReferralResponses.OutcomeView> history = outcomes.findAllByReferralIdOrderByRecordedAt(referral.id())
                .stream().map(ReferralResponses.OutcomeView::of).toList();
        return new ReferralResponses.ReferralView(referral.id(), referral.villageId(),
                ReferralResponses.ResidentRef.of(resident), referral.targetName(),
                CodedValue.code(referral.targetKind()), referral.targetContact(), referral.socialMapEntryId(),
                referral.reason(), referral.referredOn(), referral.contactId(),
                CodedValue.code(referral.status()), referral.statusOn(),
                referral.status().open(), ConsentView.of(referral.consent()), history, referral.createdAt());
    }
}
