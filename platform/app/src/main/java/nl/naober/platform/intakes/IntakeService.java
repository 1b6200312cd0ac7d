package nl.naober.platform.intakes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.naober.kernel.Bsn;
import nl.naober.kernel.ForbiddenActionException;
import nl.naober.kernel.InvalidIdentifierException;
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
import nl.naober.platform.delivery.CaseProgress;
import nl.naober.platform.delivery.DeliveryState;
import nl.naober.platform.delivery.IntakeDeliveries;
import nl.naober.platform.delivery.StatutoryDeadlines;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.mandates.MandateReference;
import nl.naober.platform.mandates.MandateScope;
import nl.naober.platform.mandates.Mandates;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking WMO intakes under mandate. A draft is checked for what is in it; submitting checks that
 * everything is there, and saves the submission, the consent, the outbox row of the delivery and the
 * audit event in one transaction: any invalid field saves nothing and queues nothing.
 */
@Service
@Transactional
class IntakeService {

    static final int MAX_NAME = 200;
    static final int MAX_SURNAME_PREFIX = 20;
    static final int MAX_STREET = 100;
    static final int MAX_HOUSE_NUMBER = 10;
    static final int MAX_CITY = 80;
    static final int MAX_REQUEST = 4000;
    static final int MAX_REPORT = 20_000;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** An overdue intake stays flagged this long after its melding; older ones are the municipality's to close. */
    static final int FLAGGED_MONTHS = 12;
    /** A deadline this close is shown as near. */
    static final int NEAR_DAYS = 7;
    /** The supporter's taking of the melding rests on the municipal mandate. */
    static final String BASIS = "wmo-mandate";
    static final String RECORD_TYPE = "intake";

    private static final Pattern POSTAL_CODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,4})?");
    private static final Pattern BSN_SEPARATORS = Pattern.compile("[\\s.]");

    private final IntakeRepository intakes;
    private final ResidentAccess residents;
    private final ContactLookup contacts;
    private final Consents consents;
    private final Mandates mandates;
    private final IntakeDeliveries deliveries;
    private final VillageDirectory villages;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeService(IntakeRepository intakes, ResidentAccess residents, ContactLookup contacts, Consents consents,
            Mandates mandates, IntakeDeliveries deliveries, VillageDirectory villages, CurrentColleague colleague,
            InputReader input, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.intakes = intakes;
        this.residents = residents;
        this.contacts = contacts;
        this.consents = consents;
        this.mandates = mandates;
        this.deliveries = deliveries;
        this.villages = villages;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("intakes.required.");
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a draft from a contact with a resident of her village; refused (403) without a valid mandate there. */
    IntakeResponses.IntakeView start(IntakeRequests.IntakeDraft draft) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ContactLookup.ContactReference contact = draft.contactId() == null ? null
                : contacts.findAccessible(List.of(draft.contactId())).stream().findFirst().orElse(null);
        if (draft.contactId() == null) {
            input.missing("contactId", errors);
        } else if (contact == null) {
            errors.add("contactId", input.text("intakes.contact.not-found"));
        } else if (contact.residentId() == null) {
            errors.add("contactId", input.text("intakes.contact.anonymous"));
        }
        errors.throwIfAny();
        ResidentReference resident = residents.requireAccessible(contact.residentId());
        MandateReference mandate = requireMandate(supporter, resident.villageId());
        IntakeFacts facts = read(draft, mandate, errors);
        errors.throwIfAny();
        Intake intake = intakes.saveAndFlush(new Intake(UUID.randomUUID(), resident.villageId(), resident.id(),
                contact.id(), supporter.memberId(), mandate.id(), facts, clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, intake.id(), resident.id(), BASIS,
                "draft intake started from a contact"));
        return view(intake, resident, null);
    }

    /** Replaces the content of a draft; a submitted intake no longer changes (409). */
    IntakeResponses.IntakeView update(UUID id, IntakeRequests.IntakeDraft draft) {
        Colleague supporter = colleague.requireSupporter();
        Intake intake = requireDraft(id);
        ResidentReference resident = residents.requireAccessible(intake.residentId());
        MandateReference mandate = requireMandate(supporter, intake.villageId());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IntakeFacts facts = keepStoredBsn(read(draft, mandate, errors), draft, intake);
        errors.throwIfAny();
        intake.write(facts, clock.instant());
        intakes.saveAndFlush(intake);
        audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, intake.id(), resident.id(), BASIS,
                "draft intake changed"));
        return view(intake, resident, null);
    }

    /**
     * Submits a draft: complete, with the resident's consent, under a mandate valid today that covers
     * the BSN (and the conversation report, if there is one). Fixes the melding date and queues the
     * delivery to the municipality in the same transaction.
     */
    IntakeResponses.IntakeView submit(UUID id, IntakeRequests.IntakeSubmission submission) {
        Colleague supporter = colleague.requireSupporter();
        Intake intake = requireDraft(id);
        ResidentReference resident = residents.requireAccessible(intake.residentId());
        MandateReference mandate = requireMandate(supporter, intake.villageId());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        IntakeFacts facts = intake.facts();
        requireComplete(facts, errors);
        requireScopes(facts, mandate, errors);
        ConsentRecord consent = consents.read("consent", submission == null ? null : submission.consent(),
                supporter.memberId(), clock.instant(), errors);
        errors.throwIfAny();
        LocalDate today = input.today();
        String reference = nextReference(today);
        intake.submit(new Submission(reference, today, supporter.firstName() + " " + supporter.lastName(), mandate,
                clock.instant()), consent);
        intakes.saveAndFlush(intake);
        deliveries.enqueue(intake.id(), reference);
        audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, intake.id(), resident.id(), BASIS,
                "intake submitted to the municipality with consent recorded, mandate " + mandate.decisionReference()));
        return view(intake, resident, deliveries.stateOf(intake.id()).orElse(null));
    }

    /** Throws a draft away; a submitted intake is the municipality's record and stays (409). */
    void discard(UUID id) {
        colleague.requireSupporter();
        Intake intake = requireDraft(id);
        intakes.delete(intake);
        intakes.flush();
        audit.record(new AuditEvent(AuditAction.DELETE, RECORD_TYPE, intake.id(), intake.residentId(), BASIS,
                "draft intake thrown away"));
    }

    IntakeResponses.IntakeView show(UUID id) {
        Intake intake = require(id);
        ResidentReference resident = residents.requireAccessible(intake.residentId());
        audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, intake.id(), resident.id(), BASIS,
                "intake opened (BSN masked)"));
        return view(intake, resident, deliveries.stateOf(intake.id()).orElse(null));
    }

    /** The intakes of her villages (or one of them): drafts first, then by the nearest deadline; pseudonyms only. */
    @Transactional(readOnly = true)
    List<IntakeResponses.IntakeListItem> list(UUID village) {
        Set<UUID> own = village == null ? colleague.supporterVillageIds()
                : Set.of(colleague.requireOwnVillage(village).id());
        if (own.isEmpty()) {
            return List.of();
        }
        List<Intake> found = intakes.findAllByVillageIdIn(own);
        Map<UUID, ResidentReference> byId = residents.findAccessible(found.stream().map(Intake::residentId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ResidentReference::id, Function.identity()));
        Map<UUID, DeliveryState> states = deliveries.statesOf(found.stream().map(Intake::id).toList());
        LocalDate today = input.today();
        return found.stream().filter(i -> byId.containsKey(i.residentId()))
                .map(i -> listItem(i, byId.get(i.residentId()), states.get(i.id()), today))
                .sorted(Comparator.comparing((IntakeResponses.IntakeListItem i) -> !"draft".equals(i.status()))
                        .thenComparing(i -> i.deadlines() == null ? null : i.deadlines().next(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IntakeResponses.IntakeListItem::updatedAt, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * For the municipal admin: the submitted intakes of the last {@value #FLAGGED_MONTHS} months whose
     * nearest running deadline has passed or falls within {@value #NEAR_DAYS} days, overdue first. No
     * resident, so nothing personal is read.
     */
    @Transactional(readOnly = true)
    List<IntakeResponses.DeadlineItem> nearDeadlines() {
        LocalDate today = input.today();
        List<Intake> found = intakes.findSubmittedSince(today.minusMonths(FLAGGED_MONTHS));
        Map<UUID, DeliveryState> states = deliveries.statesOf(found.stream().map(Intake::id).toList());
        Map<UUID, String> villageNames = villages.all().stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        return found.stream().map(i -> {
            DeliveryState state = states.get(i.id());
            return new IntakeResponses.DeadlineItem(i.id(), i.reference(), i.villageId(),
                    villageNames.get(i.villageId()), i.meldingDate(), CodedValue.code(i.urgency()),
                    deadlines(i, state, today), IntakeResponses.Delivery.of(state));
        }).filter(i -> i.deadlines().dueWithin(NEAR_DAYS, today))
                .sorted(Comparator.comparing((IntakeResponses.DeadlineItem i) -> !i.deadlines().overdue())
                        .thenComparing(i -> i.deadlines().next()).thenComparing(IntakeResponses.DeadlineItem::reference))
                .toList();
    }

    /**
     * Whether she can start a draft from this contact (for the pages, before offering the form):
     * "not found" for a contact outside her villages, as {@link #start} would answer.
     */
    @Transactional(readOnly = true)
    IntakeStart startable(UUID contactId) {
        Colleague supporter = colleague.requireSupporter();
        ContactLookup.ContactReference contact = contacts.findAccessible(List.of(contactId)).stream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(input.text("intakes.contact.not-found")));
        if (contact.residentId() == null) {
            return new IntakeStart(contact.id(), null, java.util.Optional.empty());
        }
        ResidentReference resident = residents.requireAccessible(contact.residentId());
        return new IntakeStart(contact.id(), resident, mandates.validMandate(supporter.memberId(),
                resident.villageId(), EnumSet.of(MandateScope.WMO_INTAKE), input.today()));
    }

    private IntakeFacts read(IntakeRequests.IntakeDraft draft, MandateReference mandate,
            InvalidInputException.Collector errors) {
        String bsn = bsn(draft.bsn(), errors);
        String givenNames = input.optionalText("givenNames", draft.givenNames(), MAX_NAME, errors);
        String prefix = input.optionalText("surnamePrefix", draft.surnamePrefix(), MAX_SURNAME_PREFIX, errors);
        String surname = input.optionalText("surname", draft.surname(), MAX_NAME, errors);
        LocalDate dateOfBirth = input.optionalPastDate("dateOfBirth", draft.dateOfBirth(), EARLIEST_BIRTH, errors);
        String street = input.optionalText("street", draft.street(), MAX_STREET, errors);
        String houseNumber = input.optionalText("houseNumber", draft.houseNumber(), MAX_HOUSE_NUMBER, errors);
        if (houseNumber != null && !HOUSE_NUMBER.matcher(houseNumber).matches()) {
            errors.add("houseNumber", input.text("intakes.house-number.invalid"));
        }
        String postalCode = postalCode(draft.postalCode(), errors);
        String city = input.optionalText("city", draft.city(), MAX_CITY, errors);
        String request = input.optionalText("request", draft.request(), MAX_REQUEST, errors);
        Set<LifeDomain> domains = input.codes("lifeDomains", LifeDomain.class, draft.lifeDomains(), errors);
        Urgency urgency = draft.urgency() == null || draft.urgency().isBlank() ? null
                : input.code("urgency", Urgency.class, draft.urgency(), errors).orElse(null);
        String report = input.optionalText("conversationReport", draft.conversationReport(), MAX_REPORT, errors);
        IntakeFacts facts = new IntakeFacts(bsn, givenNames, prefix, surname, dateOfBirth, street, houseNumber,
                postalCode, city, request, domains, urgency, draft.personalPlanIntended(), report);
        requireScopes(facts, mandate, errors);
        return facts;
    }

    /** The BSN is never shown again in full, so a form cannot send it back: left out, the stored one stays. */
    private static IntakeFacts keepStoredBsn(IntakeFacts facts, IntakeRequests.IntakeDraft draft, Intake intake) {
        if (draft.bsn() != null && !draft.bsn().isBlank()) {
            return facts;
        }
        return facts.withBsn(intake.bsn());
    }

    /** Nine digits; spaces and dots as people write a BSN down are dropped. */
    private String bsn(String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return new Bsn(BSN_SEPARATORS.matcher(raw).replaceAll("")).value();
        } catch (InvalidIdentifierException e) {
            errors.add("bsn", input.text("intakes.bsn.invalid"));
            return null;
        }
    }

    /** A Dutch postal code, stored as {@code 1234 AB}. */
    private String postalCode(String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Matcher matcher = POSTAL_CODE.matcher(raw.strip());
        if (!matcher.matches()) {
            errors.add("postalCode", input.text("intakes.postal-code.invalid"));
            return null;
        }
        return matcher.group(1) + " " + matcher.group(2).toUpperCase(java.util.Locale.ROOT);
    }

    private void requireComplete(IntakeFacts facts, InvalidInputException.Collector errors) {
        Map<String, Object> required = new java.util.LinkedHashMap<>();
        required.put("bsn", facts.bsn());
        required.put("givenNames", facts.givenNames());
        required.put("surname", facts.surname());
        required.put("dateOfBirth", facts.dateOfBirth());
        required.put("street", facts.street());
        required.put("houseNumber", facts.houseNumber());
        required.put("postalCode", facts.postalCode());
        required.put("city", facts.city());
        required.put("request", facts.request());
        required.put("lifeDomains", facts.lifeDomains().isEmpty() ? null : facts.lifeDomains());
        required.put("urgency", facts.urgency());
        required.put("personalPlanIntended", facts.personalPlanIntended());
        required.forEach((field, value) -> {
            if (value == null) {
                input.missing(field, errors);
            }
        });
    }

    /** What the intake holds must be covered by the mandate: when written, and again on submission (it may have changed). */
    private void requireScopes(IntakeFacts facts, MandateReference mandate, InvalidInputException.Collector errors) {
        if (facts.bsn() != null && !mandate.scopes().contains(MandateScope.BSN)) {
            errors.add("bsn", input.text("intakes.mandate.no-bsn-scope"));
        }
        if (facts.conversationReport() != null && !mandate.scopes().contains(MandateScope.CONVERSATION_REPORT)) {
            errors.add("conversationReport", input.text("intakes.mandate.no-report-scope"));
        }
    }

    private MandateReference requireMandate(Colleague supporter, UUID villageId) {
        return mandates.validMandate(supporter.memberId(), villageId, EnumSet.of(MandateScope.WMO_INTAKE), input.today())
                .orElseThrow(() -> new ForbiddenActionException(input.text("intakes.mandate.missing")));
    }

    /** {@code NAOBER-WMO-2026-000042}: unique in the municipality, so also as the zaak's identificatie. */
    private String nextReference(LocalDate meldingDate) {
        long number = jdbc.sql("select nextval('intake_reference_seq')").query(Long.class).single();
        return String.format("NAOBER-WMO-%d-%06d", meldingDate.getYear(), number);
    }

    /** An intake of one of the supporter's villages; anywhere else "not found". */
    private Intake require(UUID id) {
        Set<UUID> own = colleague.supporterVillageIds();
        return intakes.findById(id).filter(i -> own.contains(i.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("intakes.not-found", id)));
    }

    private Intake requireDraft(UUID id) {
        Intake intake = require(id);
        if (!intake.draft()) {
            throw new ResourceConflictException(null, input.text("intakes.submitted-already"));
        }
        return intake;
    }

    private static StatutoryDeadlines deadlines(Intake intake, DeliveryState state, LocalDate today) {
        if (intake.meldingDate() == null) {
            return null;
        }
        return StatutoryDeadlines.of(intake.meldingDate(), Boolean.TRUE.equals(intake.personalPlanIntended()),
                state == null ? CaseProgress.none() : state.progress(), today);
    }

    private static IntakeResponses.ResidentRef ref(ResidentReference resident) {
        return new IntakeResponses.ResidentRef(resident.id(), resident.pseudonym(), resident.initials());
    }

    private static List<String> codes(Set<LifeDomain> domains) {
        return domains.stream().sorted().map(CodedValue::code).toList();
    }

    private IntakeResponses.IntakeListItem listItem(Intake intake, ResidentReference resident, DeliveryState state,
            LocalDate today) {
        return new IntakeResponses.IntakeListItem(intake.id(), intake.reference(), CodedValue.code(intake.status()),
                intake.villageId(), ref(resident), intake.meldingDate(), codes(intake.lifeDomainSet()),
                intake.urgency() == null ? null : CodedValue.code(intake.urgency()), deadlines(intake, state, today),
                IntakeResponses.Delivery.of(state), intake.updatedAt());
    }

    private IntakeResponses.IntakeView view(Intake intake, ResidentReference resident, DeliveryState state) {
        IntakeFacts facts = intake.facts();
        IntakeResponses.MandateRef mandate = intake.draft()
                ? new IntakeResponses.MandateRef(intake.mandateId(), null, null, null)
                : new IntakeResponses.MandateRef(intake.mandateId(), intake.mandateDecision(), intake.mandateValidFrom(),
                        intake.mandateValidUntil());
        return new IntakeResponses.IntakeView(intake.id(), intake.reference(), CodedValue.code(intake.status()),
                intake.villageId(), ref(resident), intake.contactId(), facts.bsn() == null ? null : Bsn.mask(facts.bsn()),
                facts.givenNames(), facts.surnamePrefix(), facts.surname(), facts.dateOfBirth(), facts.street(),
                facts.houseNumber(), facts.postalCode(), facts.city(), facts.request(), codes(facts.lifeDomains()),
                facts.urgency() == null ? null : CodedValue.code(facts.urgency()), facts.personalPlanIntended(),
                facts.conversationReport(), intake.meldingDate(),
                intake.consent() == null ? null : ConsentView.of(intake.consent()), mandate, intake.supporterName(),
                deadlines(intake, state, input.today()), IntakeResponses.Delivery.of(state), intake.createdAt(),
                intake.updatedAt());
    }
}
