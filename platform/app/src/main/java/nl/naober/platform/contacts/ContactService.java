package nl.naober.platform.contacts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ProfileFunction;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and reading contacts, and the supporter's agenda of follow-ups. A contact, with a
 * new resident when it brings one, is saved in one transaction with its audit events: a request
 * with any invalid field saves nothing.
 */
@Service
@Transactional
class ContactService {

    static final int MAX_SUMMARY = 4000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ContactRepository contacts;
    private final ResidentRepository residents;
    private final ResidentService residentService;
    private final ThemeService themes;
    private final ContactViews views;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    ContactService(ContactRepository contacts, ResidentRepository residents, ResidentService residentService,
            ThemeService themes, ContactViews views, CurrentColleague colleague, InputReader input, AuditLog audit,
            Clock clock) {
        this.contacts = contacts;
        this.residents = residents;
        this.residentService = residentService;
        this.themes = themes;
        this.views = views;
        this.colleague = colleague;
        this.input = input;
        this.audit = audit;
        this.clock = clock;
    }

    ContactResponses.ContactView register(ContactRequests.NewContact request) {
        return register(request, List.of());
    }

    /**
     * As {@link #register(ContactRequests.NewContact)}, with problems a form found in fields of its
     * own (a number typed as text, a choice it needs before the request is complete): they are
     * reported together with the request's, and nothing is saved when there are any.
     */
    ContactResponses.ContactView register(ContactRequests.NewContact request,
            List<InvalidInputException.Violation> formViolations) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        formViolations.forEach(v -> errors.add(v.field(), v.message()));
        UUID villageId = views.villageFor(request.village(), supporter, errors);
        VillageSummary village = villageId == null ? null : views.village(villageId, supporter);
        LocalDate today = input.today();
        LocalDate date = input.optionalDate("date", request.date(), errors);
        if (date == null && (request.date() == null || request.date().isBlank())) {
            date = today;
        } else if (date != null && (date.isAfter(today) || date.isBefore(EARLIEST))) {
            errors.add("date", input.text("contact.date.out-of-range"));
        }
        Channel channel = input.requiredCode("channel", Channel.class, request.channel(), errors);
        List<String> themeCodes = request.themes() == null ? List.of() : request.themes();
        if (themeCodes.isEmpty()) {
            errors.add("themes", input.text("input.required.themes"));
        }
        Set<UUID> themeIds = themes.activeIds("themes", themeCodes, errors);
        Set<NoticedSignal> noticed = EnumSet.noneOf(NoticedSignal.class);
        for (String code : request.noticedSignals() == null ? List.<String>of() : request.noticedSignals()) {
            input.code("noticedSignals", NoticedSignal.class, code, errors).ifPresent(noticed::add);
        }
        Route route = input.requiredCode("route", Route.class, request.route(), errors);
        Integer minutes = request.minutes();
        if (minutes == null) {
            errors.add("minutes", input.text("input.required.minutes"));
        } else if (minutes < 1 || minutes > 600) {
            errors.add("minutes", input.text("contact.minutes.out-of-range"));
        }
        ProfileFunction function = function(request.function(), village, errors);
        String summary = input.optionalText("summary", request.summary(), MAX_SUMMARY, errors);
        LocalDate followUpOn = input.optionalDate("followUpOn", request.followUpOn(), errors);
        if (followUpOn != null && date != null && followUpOn.isBefore(date)) {
            errors.add("followUpOn", input.text("contact.follow-up.before-contact"));
        }
        Resident existing = null;
        ResidentDetails newResident = null;
        if (request.residentId() != null && request.resident() != null) {
            errors.add("resident", input.text("contact.resident.both"));
        } else if (request.residentId() != null) {
            existing = residents.findById(request.residentId())
                    .filter(r -> villageId != null && r.villageId().equals(villageId) && !r.anonymised()).orElse(null);
            if (existing == null) {
                errors.add("residentId", input.text("contact.resident.unknown"));
            }
        } else if (request.resident() != null) {
            newResident = residentService.details(request.resident(), "resident.", errors);
        }
        errors.throwIfAny();

        Resident resident = existing != null ? existing
                : newResident != null ? residentService.register(villageId, newResident, supporter) : null;
        Contact contact = contacts.saveAndFlush(new Contact(UUID.randomUUID(), villageId,
                resident == null ? null : resident.id(), supporter.memberId(), new ContactFacts(date, channel, themeIds,
                        noticed, route, minutes, function, summary, followUpOn), clock.instant()));
        if (resident != null) {
            resident.contacted(date);
            residents.saveAndFlush(resident);
        }
        audit.record(new AuditEvent(AuditAction.CREATE, "contact", contact.id(),
                resident == null ? null : resident.id(), AuditBasis.VILLAGE_SUPPORT, "contact registered"));
        return view(contact, resident);
    }

    /** Contacts of her villages (or one of them) in a period, newest first; no free text. */
    @Transactional(readOnly = true)
    List<ContactResponses.ContactListItem> list(UUID village, LocalDate from, LocalDate to) {
        Set<UUID> villages = village == null ? colleague.supporterVillageIds()
                : Set.of(colleague.requireOwnVillage(village).id());
        if (villages.isEmpty()) {
            return List.of();
        }
        LocalDate until = to == null ? input.today() : to;
        LocalDate since = from == null ? until.minusDays(90) : from;
        List<Contact> found = contacts.findInVillages(villages, since, until);
        Map<UUID, Resident> byId = residentsOf(found);
        ContactViews.ThemeCodes codes = views.themeCodes();
        return found.stream().map(c -> views.listItem(c, byId.get(c.residentId()), codes)).toList();
    }

    ContactResponses.ContactView show(UUID id) {
        Contact contact = require(id);
        Resident resident = contact.residentId() == null ? null : residents.findById(contact.residentId()).orElse(null);
        audit.record(new AuditEvent(AuditAction.READ, "contact", contact.id(), contact.residentId(),
                AuditBasis.VILLAGE_SUPPORT, "contact opened"));
        return view(contact, resident);
    }

    /** Marks the follow-up of a contact as done (again: no change). */
    ContactResponses.ContactListItem completeFollowUp(UUID id) {
        Contact contact = require(id);
        contact.completeFollowUp(clock.instant());
        contacts.saveAndFlush(contact);
        Resident resident = contact.residentId() == null ? null : residents.findById(contact.residentId()).orElse(null);
        return views.listItem(contact, resident);
    }

    /**
     * The first choices of a new contact in {@code village} (one of hers): the channel of her last
     * contact, and the function she used most there in the last 90 days if the village's profile
     * still has it, else the profile's first function. Reads no personal data.
     */
    @Transactional(readOnly = true)
    ContactResponses.NewContactDefaults defaults(UUID village) {
        Colleague supporter = colleague.requireSupporter();
        VillageSummary own = colleague.requireOwnVillage(village);
        String channel = contacts.findFirstBySupporterIdOrderByCreatedAtDesc(supporter.memberId())
                .map(c -> CodedValue.code(c.channel())).orElse(null);
        ProfileFunction function = contacts.functionsByUse(supporter.memberId(), own.id(), input.today().minusDays(90))
                .stream().filter(own::offers).findFirst()
                .orElseGet(() -> java.util.Arrays.stream(ProfileFunction.values()).filter(own::offers).findFirst()
                        .orElse(null));
        return new ContactResponses.NewContactDefaults(channel, function == null ? null : function.name());
    }

    /** The signed-in supporter's open follow-ups in her current villages, overdue first (oldest date first). */
    @Transactional(readOnly = true)
    List<ContactResponses.FollowUpItem> followUps() {
        Colleague supporter = colleague.requireSupporter();
        Set<UUID> villages = CurrentColleague.activeVillageIds(supporter);
        if (villages.isEmpty()) {
            return List.of();
        }
        LocalDate today = input.today();
        List<Contact> open = contacts.findOpenFollowUps(supporter.memberId(), villages);
        Map<UUID, Resident> byId = residentsOf(open);
        ContactViews.ThemeCodes codes = views.themeCodes();
        return open.stream().map(c -> {
            VillageSummary village = views.village(c.villageId(), supporter);
            return new ContactResponses.FollowUpItem(c.id(), c.followUpOn(), c.followUpOn().isBefore(today),
                    c.villageId(), village == null ? null : village.name(), c.contactDate(), codes.of(c),
                    ContactResponses.ResidentRef.of(byId.get(c.residentId())));
        }).toList();
    }

    private Contact require(UUID id) {
        Set<UUID> villages = colleague.supporterVillageIds();
        return contacts.findById(id).filter(c -> villages.contains(c.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("contact.not-found", id)));
    }

    private ProfileFunction function(String raw, VillageSummary village, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            errors.add("function", input.text("input.required.function"));
            return null;
        }
        ProfileFunction function = ProfileFunction.fromCode(raw.strip()).orElse(null);
        if (function == null) {
            errors.add("function", input.text("input.unknown-choice", InputReader.abbreviated(raw)));
        } else if (village != null && !village.offers(function)) {
            errors.add("function", input.text("contact.function.not-in-profile", function.name(), village.name()));
        }
        return function;
    }

    private Map<UUID, Resident> residentsOf(List<Contact> found) {
        Set<UUID> ids = found.stream().map(Contact::residentId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return residents.findAllById(ids).stream().collect(Collectors.toMap(Resident::id, Function.identity()));
    }

    private ContactResponses.ContactView view(Contact contact, Resident resident) {
        return new ContactResponses.ContactView(contact.id(), contact.villageId(), contact.contactDate(),
                CodedValue.code(contact.channel()), views.themeCodes(contact),
                contact.noticedSignals().stream().map(CodedValue::code).sorted().toList(),
                CodedValue.code(contact.route()), contact.minutes(), contact.function().name(), contact.summary(),
                ContactResponses.ResidentRef.of(resident), contact.followUpOn(), contact.followUpDoneAt(),
                contact.createdAt());
    }
}
