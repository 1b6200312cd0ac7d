package nl.naober.platform.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The associations of the supporter's villages (F11), their contact persons and contact log. Only
 * the supporter of one of an association's villages reaches it. Contact persons are personal data
 * and the log's texts may be: opening an association (which shows both) and every change of them is
 * audited in the same transaction; the list shows neither.
 */
@Service
@Transactional
class AssociationService {

    static final int MAX_NAME = 150;
    static final int MAX_PERSON = 120;
    static final int MAX_ROLE = 80;
    static final int MAX_SUBJECT = 120;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_VILLAGES = 50;
    /** How far ahead a follow-up may be planned. */
    static final int FOLLOW_UP_YEARS = 2;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The supporter's task: keeping in touch with the associations of her villages. */
    static final String BASIS = "village-support";

    private final AssociationRepository associations;
    private final AssociationContactPersonRepository persons;
    private final AssociationContactRepository contacts;
    private final ActivityRepository activities;
    private final CurrentColleague colleague;
    private final VillageDirectory villages;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    AssociationService(AssociationRepository associations, AssociationContactPersonRepository persons,
            AssociationContactRepository contacts, ActivityRepository activities, CurrentColleague colleague,
            VillageDirectory villages, InputReader input, AuditLog audit, Clock clock) {
        this.associations = associations;
        this.persons = persons;
        this.contacts = contacts;
        this.activities = activities;
        this.colleague = colleague;
        this.villages = villages;
        this.input = input.withRequiredMessages("community.required.");
        this.audit = audit;
        this.clock = clock;
    }

    AssociationResponses.AssociationView register(AssociationRequests.NewAssociation request) {
        Colleague supporter = colleague.requireSupporter();
        Set<UUID> own = CurrentColleague.activeVillageIds(supporter);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = input.requiredText("name", request.name(), MAX_NAME, errors);
        AssociationKind kind = input.requiredCode("kind", AssociationKind.class, request.kind(), errors);
        Set<UUID> chosen = new LinkedHashSet<>();
        if (request.villages() == null || request.villages().isEmpty()) {
            if (own.size() == 1) {
                chosen.addAll(own);
            } else {
                input.missing("villages", errors);
            }
        } else if (request.villages().size() > MAX_VILLAGES || request.villages().stream()
                .anyMatch(v -> v == null || !own.contains(v))) {
            errors.add("villages", input.text("community.village.not-yours"));
        } else {
            chosen.addAll(request.villages());
        }
        errors.throwIfAny();
        Association association = associations.saveAndFlush(new Association(UUID.randomUUID(), name, kind, chosen,
                supporter.memberId(), clock.instant()));
        return view(association);
    }

    /** The associations of her villages by name, without contact persons or log texts. */
    @Transactional(readOnly = true)
    List<AssociationResponses.AssociationListItem> list() {
        Set<UUID> own = colleague.supporterVillageIds();
        if (own.isEmpty()) {
            return List.of();
        }
        LocalDate today = input.today();
        return associations.findAllWorkingIn(own).stream().map(a -> {
            List<AssociationContact> log = contacts.findAllByAssociationIdOrderByContactDateDescCreatedAtDesc(a.id());
            return new AssociationResponses.AssociationListItem(a.id(), a.name(), CodedValue.code(a.kind()),
                    villageNames(a.villages()), persons.findAllByAssociationIdOrderByCreatedAt(a.id()).size(),
                    log.isEmpty() ? null : log.getFirst().contactDate(),
                    log.stream().map(AssociationContact::followUpOn).filter(Objects::nonNull)
                            .filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder()).orElse(null));
        }).toList();
    }

    /** Opens an association with its contact persons and log: audited. */
    AssociationResponses.AssociationView show(UUID id) {
        Association association = require(id);
        AssociationResponses.AssociationView view = view(association);
        audit.record(new AuditEvent(AuditAction.READ, "association", association.id(), null, BASIS,
                "association opened with " + view.contactPersons().size() + " contact persons and "
                        + view.contacts().size() + " log entries"));
        return view;
    }

    AssociationResponses.ContactPersonView addContactPerson(UUID id, AssociationRequests.NewContactPerson request) {
        Colleague supporter = colleague.requireSupporter();
        Association association = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = input.requiredText("name", request.name(), MAX_PERSON, errors);
        String role = input.optionalText("role", request.role(), MAX_ROLE, errors);
        String phone = input.optionalPhone("phone", request.phone(), errors);
        String email = input.optionalEmail("email", request.email(), errors);
        errors.throwIfAny();
        AssociationContactPerson person = persons.saveAndFlush(new AssociationContactPerson(association.id(), name,
                role, phone, email, supporter.memberId(), clock.instant()));
        association.touched(clock.instant());
        associations.saveAndFlush(association);
        audit.record(new AuditEvent(AuditAction.CREATE, "association-contact-person", person.id(), null, BASIS,
                "contact person added to association " + association.id()));
        return person(person);
    }

    /** She is no longer the contact person: her data goes at once, not after a retention. */
    void removeContactPerson(UUID id, UUID personId) {
        Association association = require(id);
        AssociationContactPerson person = persons.findById(personId)
                .filter(p -> p.associationId().equals(association.id()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("community.contact-person.not-found",
                        personId)));
        persons.delete(person);
        persons.flush();
        audit.record(new AuditEvent(AuditAction.DELETE, "association-contact-person", person.id(), null, BASIS,
                "contact person removed from association " + association.id()));
    }

    AssociationResponses.ContactView logContact(UUID id, AssociationRequests.NewContact request) {
        Colleague supporter = colleague.requireSupporter();
        Association association = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate date = input.optionalPastDate("date", request.date(), EARLIEST, errors);
        ContactChannel channel = input.requiredCode("channel", ContactChannel.class, request.channel(), errors);
        String subject = input.requiredText("subject", request.subject(), MAX_SUBJECT, errors);
        String summary = input.optionalText("summary", request.summary(), MAX_SUMMARY, errors);
        LocalDate followUp = input.optionalDate("followUpOn", request.followUpOn(), errors);
        LocalDate day = date == null ? input.today() : date;
        if (followUp != null && (followUp.isBefore(day) || followUp.isAfter(input.today().plusYears(FOLLOW_UP_YEARS)))) {
            errors.add("followUpOn", input.text("community.follow-up.range", FOLLOW_UP_YEARS));
        }
        errors.throwIfAny();
        AssociationContact contact = contacts.saveAndFlush(new AssociationContact(association.id(), day, channel,
                subject, summary, followUp, supporter.memberId(), clock.instant()));
        association.touched(clock.instant());
        associations.saveAndFlush(association);
        audit.record(new AuditEvent(AuditAction.CREATE, "association-contact", contact.id(), null, BASIS,
                "contact logged with association " + association.id()));
        return contact(contact);
    }

    /** The associations working in one of her villages as choices for an activity (no personal data). */
    @Transactional(readOnly = true)
    List<Association> choicesIn(UUID village) {
        return associations.findAllWorkingIn(Set.of(village));
    }

    /** An association working in one of her villages; anywhere else "not found". */
    private Association require(UUID id) {
        Set<UUID> own = colleague.supporterVillageIds();
        return associations.findById(id).filter(a -> a.worksInAny(own))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("community.association.not-found", id)));
    }

    private AssociationResponses.AssociationView view(Association association) {
        return new AssociationResponses.AssociationView(association.id(), association.name(),
                CodedValue.code(association.kind()), villageNames(association.villages()),
                persons.findAllByAssociationIdOrderByCreatedAt(association.id()).stream()
                        .map(AssociationService::person).toList(),
                contacts.findAllByAssociationIdOrderByContactDateDescCreatedAtDesc(association.id()).stream()
                        .map(AssociationService::contact).toList(),
                activities.findAllByAssociationIdOrderByHeldOnDesc(association.id()).size());
    }

    private static AssociationResponses.ContactPersonView person(AssociationContactPerson p) {
        return new AssociationResponses.ContactPersonView(p.id(), p.name(), p.role(), p.phone(), p.email());
    }

    private static AssociationResponses.ContactView contact(AssociationContact c) {
        return new AssociationResponses.ContactView(c.id(), c.contactDate(), CodedValue.code(c.channel()),
                c.subject(), c.summary(), c.followUpOn(), c.textRemovedOn() != null);
    }

    private List<AssociationResponses.VillageName> villageNames(Collection<UUID> ids) {
        return villages.findAll(Set.copyOf(ids)).stream()
                .map(v -> new AssociationResponses.VillageName(v.id(), v.name())).toList();
    }
}
