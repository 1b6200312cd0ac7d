package nl.naober.platform.contactrequests;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving contact requests from the public form and the supporter's inbox of her villages.
 * Reading a request and marking it handled are audited in the same transaction (it is a
 * resident's personal data); the list shows when and where, not who or what.
 */
@Service
@Transactional
class ContactRequestService {

    static final int MAX_NAME = 120;
    static final int MAX_MESSAGE = 2000;
    static final int MAX_PREFERRED_TIME = 200;
    /** The resident asked to be contacted and ticked the consent sentence. */
    static final String BASIS = "consent";
    static final String RECORD_TYPE = "contact-request";

    /** What became of a submission; the public page answers the same for STORED and IGNORED. */
    enum Outcome { STORED, IGNORED, LIMITED }

    private final ContactRequestRepository requests;
    private final ContactRequestLimits limits;
    private final CurrentColleague colleague;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    ContactRequestService(ContactRequestRepository requests, ContactRequestLimits limits, CurrentColleague colleague,
            VillageDirectory villages, InputReader input, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.limits = limits;
        this.colleague = colleague;
        this.villages = villages;
        this.input = input.withRequiredMessages("contact-request.required.");
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A submission of the public form of {@code village} from {@code senderAddress}. A filled
     * honeypot is ignored (nothing stored, nothing counted); invalid input is refused with every
     * field's message; over the limit nothing is stored.
     */
    Outcome submit(VillageSummary village, ContactRequestForm form, String senderAddress) {
        if (form.honeypotFilled()) {
            return Outcome.IGNORED;
        }
        ContactRequestForm.Valid valid = validate(form);
        if (!limits.tryCount(senderAddress, village.id())) {
            return Outcome.LIMITED;
        }
        ContactRequest request = requests.saveAndFlush(new ContactRequest(UUID.randomUUID(), village.id(), valid,
                clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, RECORD_TYPE, request.id(), null, BASIS,
                "received through the public form"));
        return Outcome.STORED;
    }

    /** Her villages' requests, newest first; no content (opening one is audited). */
    @Transactional(readOnly = true)
    List<ContactRequestResponses.Summary> list() {
        Set<UUID> own = colleague.supporterVillageIds();
        if (own.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = villageNames(own);
        return requests.findAllByVillageIdInOrderByReceivedAtDesc(own).stream()
                .map(r -> ContactRequestResponses.Summary.of(r, names.get(r.villageId()))).toList();
    }

    /** For the start page: how many are not handled yet, and the latest of them. */
    @Transactional(readOnly = true)
    ContactRequestResponses.Unhandled unhandled(Colleague supporter) {
        Set<UUID> own = CurrentColleague.activeVillageIds(supporter);
        if (own.isEmpty()) {
            return new ContactRequestResponses.Unhandled(0, List.of());
        }
        Map<UUID, String> names = villageNames(own);
        return new ContactRequestResponses.Unhandled(requests.countByVillageIdInAndHandledAtIsNull(own),
                requests.findTop3ByVillageIdInAndHandledAtIsNullOrderByReceivedAtDesc(own).stream()
                        .map(r -> ContactRequestResponses.Summary.of(r, names.get(r.villageId()))).toList());
    }

    ContactRequestResponses.Detail show(UUID id) {
        ContactRequest request = require(id);
        audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, request.id(), null, BASIS, "contact request opened"));
        return detail(request);
    }

    /** Marks it handled (again is harmless: the first time counts). */
    ContactRequestResponses.Detail markHandled(UUID id) {
        Colleague supporter = colleague.requireSupporter();
        ContactRequest request = require(id);
        if (request.handledAt() == null) {
            request.handled(supporter.memberId(), clock.instant());
            requests.saveAndFlush(request);
            audit.record(new AuditEvent(AuditAction.UPDATE, RECORD_TYPE, request.id(), null, BASIS,
                    "contact request handled"));
        }
        return detail(request);
    }

    private ContactRequestResponses.Detail detail(ContactRequest request) {
        return ContactRequestResponses.Detail.of(request, villageNames(Set.of(request.villageId()))
                .get(request.villageId()));
    }

    /** A request of one of her villages; anywhere else "not found". */
    private ContactRequest require(UUID id) {
        Set<UUID> own = colleague.supporterVillageIds();
        return requests.findById(id).filter(r -> own.contains(r.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("contact-request.not-found", id)));
    }

    private Map<UUID, String> villageNames(Set<UUID> ids) {
        return villages.findAll(ids).stream().collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private ContactRequestForm.Valid validate(ContactRequestForm form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = input.optionalText("name", form.name(), MAX_NAME, errors);
        String phone = input.optionalPhone("phone", form.phone(), errors);
        String email = input.optionalEmail("email", form.email(), errors);
        if (blank(form.phone()) && blank(form.email())) {
            errors.add("phone", input.text("contact-request.reachable"));
        }
        String message = input.requiredText("message", form.message(), MAX_MESSAGE, errors);
        String preferredTime = input.optionalText("preferredTime", form.preferredTime(), MAX_PREFERRED_TIME, errors);
        if (!"true".equals(form.consent())) {
            input.missing("consent", errors);
        }
        errors.throwIfAny();
        return new ContactRequestForm.Valid(name, phone, email, message, preferredTime);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

}
