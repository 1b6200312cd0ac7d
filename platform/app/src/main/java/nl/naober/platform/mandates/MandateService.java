package nl.naober.platform.mandates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.security.Caller;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Granting and revoking mandates (the municipal admin) and checking them (other modules). Granting
 * and revoking are audited: an intake taken under a mandate must be traceable to who granted it.
 */
@Service
@Transactional
class MandateService implements Mandates {

    /** A mandate is granted for a limited time: the municipality re-decides at least every five years. */
    static final int MAX_YEARS = 5;
    static final int MAX_DECISION_REFERENCE = 100;
    static final int MAX_REASON = 500;
    private static final String BASIS = "mandate-administration";

    private final MandateRepository mandates;
    private final ColleagueDirectory colleagues;
    private final VillageDirectory villages;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    MandateService(MandateRepository mandates, ColleagueDirectory colleagues, VillageDirectory villages,
            CurrentColleague colleague, InputReader input, AuditLog audit, Clock clock) {
        this.mandates = mandates;
        this.colleagues = colleagues;
        this.villages = villages;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("mandate.required.");
        this.audit = audit;
        this.clock = clock;
    }

    MandateResponses.MandateView grant(MandateRequests.NewMandate request) {
        String admin = Caller.current().map(Caller::subject).orElseThrow();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Optional<Colleague> supporter = Optional.empty();
        if (request.supporterId() == null) {
            input.missing("supporterId", errors);
        } else {
            supporter = colleagues.activeSupporters().stream()
                    .filter(c -> c.memberId().equals(request.supporterId())).findFirst();
            if (supporter.isEmpty()) {
                errors.add("supporterId", input.text("mandate.supporter.unknown"));
            }
        }
        Set<MandateScope> scopes = input.codes("scopes", MandateScope.class, request.scopes(), errors);
        if (scopes.isEmpty() && (request.scopes() == null || request.scopes().isEmpty())) {
            input.missing("scopes", errors);
        }
        // a mutable set either way: null items are dropped below (an immutable empty set threw on that: a 500)
        Set<UUID> villageIds = request.villages() == null ? new HashSet<>() : new HashSet<>(request.villages());
        villageIds.remove(null);
        if (villageIds.isEmpty()) {
            input.missing("villages", errors);
        } else {
            Set<UUID> known = villages.findAll(villageIds).stream().map(VillageSummary::id).collect(Collectors.toSet());
            if (!known.containsAll(villageIds)) {
                errors.add("villages", input.text("mandate.villages.unknown"));
            }
        }
        LocalDate from = input.requiredDate("validFrom", request.validFrom(), errors);
        LocalDate until = input.requiredDate("validUntil", request.validUntil(), errors);
        if (from != null && until != null) {
            if (until.isBefore(from)) {
                errors.add("validUntil", input.text("mandate.valid-until.before-from"));
            } else if (until.isAfter(from.plusYears(MAX_YEARS))) {
                errors.add("validUntil", input.text("mandate.valid-until.too-long", MAX_YEARS));
            }
        }
        String decision = input.requiredText("decisionReference", request.decisionReference(),
                MAX_DECISION_REFERENCE, errors);
        errors.throwIfAny();

        Mandate mandate = mandates.saveAndFlush(new Mandate(UUID.randomUUID(), request.supporterId(), scopes,
                villageIds, from, until, decision, admin, clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "mandate", mandate.id(), null, BASIS,
                "mandate granted to a supporter on decision " + decision));
        return MandateResponses.MandateView.of(mandate, input.today());
    }

    MandateResponses.MandateView revoke(UUID id, MandateRequests.Revocation request) {
        String admin = Caller.current().map(Caller::subject).orElseThrow();
        Mandate mandate = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String reason = input.requiredText("reason", request == null ? null : request.reason(), MAX_REASON, errors);
        errors.throwIfAny();
        if (mandate.revokedAt() != null) {
            throw new ResourceConflictException("reason", input.text("mandate.already-revoked"));
        }
        mandate.revoke(admin, reason, clock.instant());
        mandates.saveAndFlush(mandate);
        audit.record(new AuditEvent(AuditAction.UPDATE, "mandate", mandate.id(), null, BASIS, "mandate revoked"));
        return MandateResponses.MandateView.of(mandate, input.today());
    }

    @Transactional(readOnly = true)
    List<MandateResponses.MandateView> list() {
        LocalDate today = input.today();
        return mandates.findAllByOrderByGrantedAtDesc().stream().map(m -> MandateResponses.MandateView.of(m, today))
                .toList();
    }

    @Transactional(readOnly = true)
    MandateResponses.MandateView show(UUID id) {
        return MandateResponses.MandateView.of(require(id), input.today());
    }

    /** The signed-in supporter's own mandates, revoked and expired ones included. */
    @Transactional(readOnly = true)
    List<MandateResponses.MandateView> mine() {
        Colleague supporter = colleague.requireSupporter();
        LocalDate today = input.today();
        return mandates.findAllBySupporterIdOrderByGrantedAtDesc(supporter.memberId()).stream()
                .map(m -> MandateResponses.MandateView.of(m, today)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MandateReference> validMandate(UUID memberId, UUID villageId, Set<MandateScope> scopes,
            LocalDate on) {
        return mandates.findAllBySupporterIdOrderByGrantedAtDesc(memberId).stream()
                .filter(m -> m.validOn(on) && m.covers(villageId, scopes))
                .max(Comparator.comparing(Mandate::validUntil)).map(Mandate::reference);
    }

    private Mandate require(UUID id) {
        return mandates.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException(input.text("mandate.not-found", id)));
    }
}
