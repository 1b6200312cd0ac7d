package nl.naober.platform.contacts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents of the signed-in supporter's villages. Opening, creating and changing a resident is
 * audited in the same transaction; lists show pseudonym and initials only.
 */
@Service
@Transactional
class ResidentService implements ResidentAccess {

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 200;

    private final ResidentRepository residents;
    private final ContactRepository contacts;
    private final CareNetworkRepository careNetwork;
    private final CurrentColleague colleague;
    private final ContactViews views;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    ResidentService(ResidentRepository residents, ContactRepository contacts, CareNetworkRepository careNetwork,
            CurrentColleague colleague, ContactViews views, InputReader input, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.contacts = contacts;
        this.careNetwork = careNetwork;
        this.colleague = colleague;
        this.views = views;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Residents of the supporter's villages (or one of them), most recently contacted first. A
     * search matches the name; names are encrypted, so it decrypts in memory within her villages
     * and records the search (not the names) in the audit log.
     */
    @Transactional
    List<ContactResponses.ResidentListItem> list(UUID village, String query) {
        Set<UUID> villages = village == null ? colleague.supporterVillageIds()
                : Set.of(colleague.requireOwnVillage(village).id());
        if (villages.isEmpty()) {
            return List.of();
        }
        List<Resident> found = residents.findAllByVillageIdInAndAnonymisedAtIsNullOrderByLastContactOnDescCreatedAtDesc(
                villages);
        if (query != null && !query.isBlank()) {
            String wanted = query.strip().toLowerCase(Locale.ROOT);
            found = found.stream().filter(r -> r.details().name() != null
                    && r.details().name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
            audit.record(new AuditEvent(AuditAction.READ, "resident-search", null, null, AuditBasis.VILLAGE_SUPPORT,
                    "names searched, " + found.size() + " found"));
        }
        return found.stream().map(ContactResponses.ResidentListItem::of).toList();
    }

    ContactResponses.ResidentView create(ContactRequests.NewResident request) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        UUID village = views.villageFor(request.village(), supporter, errors);
        ResidentDetails details = details(request.input(), "", errors);
        errors.throwIfAny();
        Resident resident = register(village, details, supporter);
        return view(resident, AuditAction.CREATE);
    }

    /** Registers a resident (already validated) and audits it; used when a contact brings a new one. */
    Resident register(UUID village, ResidentDetails details, Colleague supporter) {
        String pseudonym = Pseudonyms.next();
        while (residents.existsByPseudonym(pseudonym)) {
            pseudonym = Pseudonyms.next();
        }
        Resident resident = residents.saveAndFlush(new Resident(UUID.randomUUID(), village, pseudonym, details,
                supporter.memberId(), clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "resident", resident.id(), resident.id(),
                AuditBasis.VILLAGE_SUPPORT, "resident registered"));
        return resident;
    }

    ContactResponses.ResidentView show(UUID id) {
        return view(require(id), AuditAction.READ);
    }

    ContactResponses.ResidentView change(UUID id, ContactRequests.ResidentInput request) {
        Resident resident = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ResidentDetails details = details(request, "", errors);
        errors.throwIfAny();
        resident.apply(details, clock.instant());
        residents.saveAndFlush(resident);
        return view(resident, AuditAction.UPDATE);
    }

    ContactResponses.CareNetworkView addCareNetworkMember(UUID residentId,
            ContactRequests.NewCareNetworkMember request) {
        Resident resident = require(residentId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CareRelation relation = input.requiredCode("relation", CareRelation.class, request.relation(), errors);
        String name = input.requiredText("name", request.name(), MAX_NAME, errors);
        String contact = input.optionalText("contact", request.contact(), 200, errors);
        String note = input.optionalText("note", request.note(), 500, errors);
        errors.throwIfAny();
        CareNetworkMember member = careNetwork.saveAndFlush(new CareNetworkMember(UUID.randomUUID(), resident.id(),
                relation, name, contact, note, clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "care-network-member", member.id(), resident.id(),
                AuditBasis.VILLAGE_SUPPORT, "care network: " + CodedValue.code(relation) + " added"));
        return ContactResponses.CareNetworkView.of(member);
    }

    void removeCareNetworkMember(UUID residentId, UUID memberId) {
        Resident resident = require(residentId);
        CareNetworkMember member = careNetwork.findById(memberId).filter(m -> m.residentId().equals(resident.id()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("care-network.not-found")));
        careNetwork.delete(member);
        audit.record(new AuditEvent(AuditAction.DELETE, "care-network-member", member.id(), resident.id(),
                AuditBasis.VILLAGE_SUPPORT, "care network: " + CodedValue.code(member.relation()) + " removed"));
    }

    @Override
    @Transactional(readOnly = true)
    public ResidentReference requireAccessible(UUID residentId) {
        Resident resident = require(residentId);
        return new ResidentReference(resident.id(), resident.villageId(), resident.pseudonym(), resident.initials());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResidentReference> findAccessible(java.util.Collection<UUID> residentIds) {
        Set<UUID> villages = colleague.supporterVillageIds();
        return residents.findAllById(Set.copyOf(residentIds)).stream()
                .filter(r -> villages.contains(r.villageId()) && !r.anonymised())
                .map(r -> new ResidentReference(r.id(), r.villageId(), r.pseudonym(), r.initials())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResidentReference> recentInVillage(UUID villageId, int limit) {
        if (villageId == null || !colleague.supporterVillageIds().contains(villageId)) {
            return List.of();
        }
        return residents.findAllByVillageIdInAndAnonymisedAtIsNullOrderByLastContactOnDescCreatedAtDesc(Set.of(villageId))
                .stream().limit(limit)
                .map(r -> new ResidentReference(r.id(), r.villageId(), r.pseudonym(), r.initials())).toList();
    }

    /** A resident in one of the supporter's villages; anywhere else "not found". */
    Resident require(UUID id) {
        Set<UUID> villages = colleague.supporterVillageIds();
        return residents.findById(id).filter(r -> villages.contains(r.villageId()) && !r.anonymised())
                .orElseThrow(() -> new ResourceNotFoundException(input.text("resident.not-found", id)));
    }

    ResidentDetails details(ContactRequests.ResidentInput request, String prefix, InvalidInputException.Collector errors) {
        if (request == null) {
            errors.add(prefix + "name", input.text("input.required.name"));
            return null;
        }
        InvalidInputException.Collector own = new InvalidInputException.Collector();
        String name = input.optionalText("name", request.name(), MAX_NAME, own);
        if (name == null) {
            own.add("name", input.text("input.required.name"));
        }
        String phone = input.optionalPhone("phone", request.phone(), own);
        String email = input.optionalEmail("email", request.email(), own);
        String address = input.optionalText("address", request.address(), MAX_ADDRESS, own);
        own.violations().forEach(v -> errors.add(prefix + v.field(), v.message()));
        return new ResidentDetails(name, phone, email, address);
    }

    private ContactResponses.ResidentView view(Resident resident, AuditAction action) {
        ResidentDetails details = resident.details();
        ContactViews.ThemeCodes codes = views.themeCodes();
        List<ContactResponses.ContactListItem> history = contacts
                .findAllByResidentIdOrderByContactDateDescCreatedAtDesc(resident.id()).stream()
                .map(c -> views.listItem(c, resident, codes)).toList();
        List<ContactResponses.CareNetworkView> network = careNetwork.findAllByResidentIdOrderByCreatedAt(resident.id())
                .stream().map(ContactResponses.CareNetworkView::of).toList();
        if (action != AuditAction.CREATE) {
            audit.record(new AuditEvent(action, "resident", resident.id(), resident.id(), AuditBasis.VILLAGE_SUPPORT,
                    action == AuditAction.READ ? "resident opened with contacts and care network" : "resident changed"));
        }
        return new ContactResponses.ResidentView(resident.id(), resident.pseudonym(), resident.initials(),
                resident.villageId(), details.name(), details.phone(), details.email(), details.address(),
                resident.createdAt(), resident.lastContactOn(), history, network);
    }
}
