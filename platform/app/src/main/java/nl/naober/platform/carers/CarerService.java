package nl.naober.platform.carers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import nl.naober.platform.consent.Consents;
import nl.naober.platform.contacts.Initials;
import nl.naober.platform.contacts.ResidentAccess;
import nl.naober.platform.contacts.ResidentReference;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carer register of the supporter's villages and registering carers for the year's
 * appreciation. Every change is saved with its audit event in one transaction; a request with any
 * invalid field saves nothing.
 */
@Service
@Transactional
class CarerService {

    static final int MAX_NAME = 120;
    static final int MAX_CONTACT = 200;
    static final int MAX_ADDRESS = 200;
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    /** The supporter's task for the residents of her own villages. */
    static final String VILLAGE_SUPPORT = "village-support";
    /** The carer's recorded consent to share her name and address for the appreciation. */
    static final String CONSENT = "consent";

    private final CarerRepository carers;
    private final AppreciationRepository appreciations;
    private final ResidentAccess residents;
    private final Consents consents;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    CarerService(CarerRepository carers, AppreciationRepository appreciations, ResidentAccess residents,
            Consents consents, CurrentColleague colleague, InputReader input, AuditLog audit, Clock clock) {
        this.carers = carers;
        this.appreciations = appreciations;
        this.residents = residents;
        this.consents = consents;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("carer.required.");
        this.audit = audit;
        this.clock = clock;
    }

    CarerResponses.CarerView register(CarerRequests.NewCarer request) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        UUID village = null;
        ResidentReference carerResident = null;
        if (request.residentId() != null) {
            carerResident = accessible(request.residentId());
            if (carerResident == null || (request.village() != null
                    && !request.village().equals(carerResident.villageId()))) {
                errors.add("residentId", input.text("carer.resident.unknown"));
                carerResident = null;
            } else {
                village = carerResident.villageId();
            }
        } else {
            village = colleague.villageForNewRecord(request.village()).map(VillageSummary::id).orElse(null);
            if (village == null) {
                errors.add("village", input.text(request.village() == null ? "carer.required.village"
                        : "carer.village.not-yours"));
            }
        }
        String name = input.optionalText("name", request.name(), MAX_NAME, errors);
        if (name == null && request.residentId() == null) {
            input.missing("name", errors);
        }
        String contact = input.optionalText("contact", request.contact(), MAX_CONTACT, errors);
        CarerRequests.CaresFor caresFor = request.caresFor() == null ? new CarerRequests.CaresFor(null, null)
                : request.caresFor();
        CaredForRelation relation = input.requiredCode("caresFor.relation", CaredForRelation.class, caresFor.relation(),
                errors);
        UUID caredFor = caresFor.residentId();
        if (caredFor != null) {
            ResidentReference caredForResident = accessible(caredFor);
            if (caredForResident == null || (village != null && !village.equals(caredForResident.villageId()))) {
                errors.add("caresFor.residentId", input.text("carer.cared-for.unknown"));
            } else if (caredFor.equals(request.residentId())) {
                errors.add("caresFor.residentId", input.text("carer.cared-for.herself"));
            }
        }
        Burden burden = input.requiredCode("burden", Burden.class, request.burden(), errors);
        Integer hours = input.optionalNumber("hoursPerWeek", request.hoursPerWeek(), 1, 168, errors);
        Set<SupportOffered> support = input.codes("support", SupportOffered.class, request.support(), errors);
        Boolean referred = input.requiredChoice("referredToCarerSupport", request.referredToCarerSupport(), errors);
        LocalDate referredOn = input.optionalPastDate("referredOn", request.referredOn(), EARLIEST, errors);
        if (Boolean.TRUE.equals(referred) && (request.referredOn() == null || request.referredOn().isBlank())) {
            input.missing("referredOn", errors);
        } else if (Boolean.FALSE.equals(referred) && referredOn != null) {
            errors.add("referredOn", input.text("carer.referred-on.not-referred"));
        }
        LocalDate startedOn = input.optionalPastDate("startedOn", request.startedOn(), EARLIEST, errors);
        if (request.startedOn() == null || request.startedOn().isBlank()) {
            startedOn = input.today();
        }
        errors.throwIfAny();

        Carer carer = carers.saveAndFlush(new Carer(UUID.randomUUID(), village, supporter.memberId(),
                new CarerFacts(request.residentId(), name, contact, relation, caredFor, burden, hours, support,
                        referred, referredOn, startedOn), clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "carer", carer.id(), carer.residentId(), VILLAGE_SUPPORT,
                "carer registered"));
        return view(carer);
    }

    /** The carers of her villages, most recently started first; initials only. */
    @Transactional(readOnly = true)
    List<CarerResponses.CarerListItem> list() {
        Set<UUID> villages = colleague.supporterVillageIds();
        if (villages.isEmpty()) {
            return List.of();
        }
        List<Carer> found = carers.findAllByVillageIdInOrderByStartedOnDescCreatedAtDesc(villages);
        Map<UUID, ResidentReference> known = residents.findAccessible(found.stream().map(Carer::residentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ResidentReference::id, Function.identity()));
        return found.stream().map(c -> new CarerResponses.CarerListItem(c.id(), c.villageId(),
                c.name() != null ? Initials.of(c.name())
                        : known.containsKey(c.residentId()) ? known.get(c.residentId()).initials() : "?",
                c.residentId(), CodedValue.code(c.relation()), CodedValue.code(c.burden()), c.hoursPerWeek(),
                c.referredToCarerSupport(), c.startedOn())).toList();
    }

    CarerResponses.CarerView show(UUID id) {
        Carer carer = require(id);
        audit.record(new AuditEvent(AuditAction.READ, "carer", carer.id(), carer.residentId(), VILLAGE_SUPPORT,
                "carer opened with appreciations"));
        return view(carer);
    }

    /** Registers the carer for a year's appreciation, with her consent; once per carer and year. */
    CarerResponses.AppreciationView registerAppreciation(UUID carerId, CarerRequests.NewAppreciation request) {
        Colleague supporter = colleague.requireSupporter();
        Carer carer = require(carerId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        int thisYear = input.today().getYear();
        Integer year = input.requiredNumber("year", request.year(), thisYear - 1, thisYear + 1, errors);
        AppreciationChannel how = input.requiredCode("how", AppreciationChannel.class, request.how(), errors);
        String name = input.optionalText("name", request.name(), MAX_NAME, errors);
        if (name == null) {
            name = carer.name();
            if (name == null) {
                input.missing("name", errors);
            }
        }
        String address = input.requiredText("postalAddress", request.postalAddress(), MAX_ADDRESS, errors);
        ConsentRecord consent = consents.read("consent", request.consent(), supporter.memberId(), clock.instant(),
                errors);
        errors.throwIfAny();
        if (appreciations.existsByCarerIdAndYear(carer.id(), year)) {
            throw new ResourceConflictException("year", input.text("carer.appreciation.taken", year));
        }
        Appreciation appreciation = appreciations.saveAndFlush(new Appreciation(UUID.randomUUID(), carer, year,
                input.today(), how, name, address, consent, supporter.memberId(), clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "carer-appreciation", appreciation.id(), carer.residentId(),
                CONSENT, "registered for the carer appreciation " + year));
        return CarerResponses.AppreciationView.of(appreciation);
    }

    /** A carer in one of the supporter's villages; anywhere else "not found". */
    private Carer require(UUID id) {
        Set<UUID> villages = colleague.supporterVillageIds();
        return carers.findById(id).filter(c -> villages.contains(c.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("carer.not-found", id)));
    }

    private ResidentReference accessible(UUID residentId) {
        return residents.findAccessible(List.of(residentId)).stream().findFirst().orElse(null);
    }

    private CarerResponses.CarerView view(Carer carer) {
        List<CarerResponses.AppreciationView> registered = appreciations.findAllByCarerIdOrderByYearDesc(carer.id())
                .stream().map(CarerResponses.AppreciationView::of).toList();
        return new CarerResponses.CarerView(carer.id(), carer.villageId(), carer.residentId(), carer.name(),
                carer.contact(), CodedValue.code(carer.relation()), carer.caresForResidentId(),
                CodedValue.code(carer.burden()), carer.hoursPerWeek(),
                carer.support().stream().map(CodedValue::code).sorted().toList(), carer.referredToCarerSupport(),
                carer.referredOn(), carer.startedOn(), carer.createdAt(), registered);
    }
}
