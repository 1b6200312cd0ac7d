package nl.naober.platform.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Help requests and matching. A request comes from a contact of the supporter's village; while it
 * is open it lists the volunteers who fit: active, consenting to be contacted, serving the village,
 * with the skill, available on the weekday, and, when the kind of work needs one, holding a VOG
 * valid on the day of the help. They are ranked by a score explained in words: availability in the
 * very part of the day first, then those with fewer matches and hours lately (spreading the load).
 * Confirming checks the same rules again, so a volunteer who does not fit is refused.
 */
@Service
@Transactional
class HelpRequestService {

    /** The period over which the load of a volunteer is counted. */
    static final int LOAD_DAYS = 90;
    static final int MAX_DESCRIPTION = 500;
    static final String RECORD = "help-request";

    private final HelpRequestRepository requests;
    private final VolunteerRepository volunteers;
    private final VogRepository vogs;
    private final HoursRepository hours;
    private final VolunteerSettingsService settings;
    private final ContactLookup contacts;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    HelpRequestService(HelpRequestRepository requests, VolunteerRepository volunteers, VogRepository vogs,
            HoursRepository hours, VolunteerSettingsService settings, ContactLookup contacts,
            CurrentColleague colleague, InputReader input, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.volunteers = volunteers;
        this.vogs = vogs;
        this.hours = hours;
        this.settings = settings;
        this.contacts = contacts;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("volunteer.required.");
        this.audit = audit;
        this.clock = clock;
    }

    VolunteerResponses.HelpRequestView create(VolunteerRequests.NewHelpRequest request) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        ContactLookup.ContactReference contact = null;
        if (request.contactId() == null) {
            input.missing("contactId", errors);
        } else {
            contact = contacts.findAccessible(List.of(request.contactId())).stream().findFirst().orElse(null);
            if (contact == null) {
                errors.add("contactId", input.text("volunteer.help.contact-unknown"));
            }
        }
        Skill skill = input.requiredCode("skill", Skill.class, request.skill(), errors);
        WorkKind kind = input.requiredCode("workKind", WorkKind.class, request.workKind(), errors);
        LocalDate neededOn = input.requiredDate("neededOn", request.neededOn(), errors);
        LocalDate today = input.today();
        if (neededOn != null && (neededOn.isBefore(today) || neededOn.isAfter(today.plusYears(1)))) {
            errors.add("neededOn", input.text("volunteer.help.needed-on-range"));
        }
        PartOfDay part = input.requiredCode("partOfDay", PartOfDay.class, request.partOfDay(), errors);
        String description = input.requiredText("description", request.description(), MAX_DESCRIPTION, errors);
        errors.throwIfAny();
        HelpRequest created = requests.saveAndFlush(new HelpRequest(UUID.randomUUID(), contact.villageId(),
                contact.id(), contact.residentId(), skill, kind, neededOn, part, description, supporter.memberId(),
                clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, RECORD, created.id(), created.residentId(), VolunteerService.BASIS,
                "help request taken from contact " + contact.id()));
        return view(created, true);
    }

    /** The help requests of her villages, open first, by the day of the help; no description. */
    @Transactional(readOnly = true)
    List<VolunteerResponses.HelpRequestListItem> list() {
        Set<UUID> mine = colleague.supporterVillageIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<HelpRequest> found = requests.findAllByVillageIdInOrderByNeededOnAscCreatedAtAsc(mine);
        Map<UUID, String> names = volunteers.findAllById(found.stream().map(HelpRequest::volunteerId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Volunteer::id, Volunteer::shortName));
        return found.stream().sorted(Comparator.comparing((HelpRequest r) -> r.status().ordinal() > 1))
                .map(r -> new VolunteerResponses.HelpRequestListItem(r.id(), r.villageId(), CodedValue.code(r.skill()),
                        CodedValue.code(r.workKind()), r.neededOn(), CodedValue.code(r.partOfDay()),
                        CodedValue.code(r.status()), r.volunteerId(),
                        r.volunteerId() == null ? null : names.get(r.volunteerId())))
                .toList();
    }

    VolunteerResponses.HelpRequestView show(UUID id) {
        HelpRequest request = require(id);
        audit.record(new AuditEvent(AuditAction.READ, RECORD, request.id(), request.residentId(), VolunteerService.BASIS,
                "help request opened with matching volunteers"));
        return view(request, true);
    }

    /** Confirms a volunteer for an open request; one who does not fit (now) is refused at {@code volunteerId}. */
    VolunteerResponses.HelpRequestView match(UUID id, VolunteerRequests.Match match) {
        Colleague supporter = colleague.requireSupporter();
        HelpRequest request = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (match.volunteerId() == null) {
            input.missing("volunteerId", errors);
        }
        errors.throwIfAny();
        if (request.status() != HelpRequestStatus.OPEN) {
            throw new ResourceConflictException("status", input.text("volunteer.help.not-open"));
        }
        Volunteer volunteer = volunteers.findById(match.volunteerId()).orElse(null);
        if (volunteer == null || volunteer.anonymisedAt() != null || !volunteer.villages().contains(request.villageId())) {
            errors.add("volunteerId", input.text("volunteer.help.volunteer-unknown"));
        } else {
            refusal(request, volunteer, settings.vogRequired().contains(request.workKind()),
                    vogs.findAllByVolunteerIdOrderByIssuedOnDesc(volunteer.id()))
                    .ifPresent(message -> errors.add("volunteerId", message));
        }
        errors.throwIfAny();
        request.match(volunteer.id(), supporter.memberId(), clock.instant());
        requests.flush();
        audit.record(new AuditEvent(AuditAction.UPDATE, RECORD, request.id(), request.residentId(), VolunteerService.BASIS,
                "volunteer " + volunteer.id() + " matched"));
        return view(request, false);
    }

    /** Ends a request: done (after a match) or cancelled. */
    VolunteerResponses.HelpRequestView changeStatus(UUID id, VolunteerRequests.StatusChange change) {
        colleague.requireSupporter();
        HelpRequest request = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        HelpRequestStatus status = input.requiredCode("status", HelpRequestStatus.class, change.status(), errors);
        if (status == HelpRequestStatus.OPEN || status == HelpRequestStatus.MATCHED) {
            errors.add("status", input.text("volunteer.help.status-end"));
        }
        errors.throwIfAny();
        boolean closed = request.status() == HelpRequestStatus.DONE || request.status() == HelpRequestStatus.CANCELLED;
        if (closed || (status == HelpRequestStatus.DONE && request.status() != HelpRequestStatus.MATCHED)) {
            throw new ResourceConflictException("status", input.text(closed ? "volunteer.help.closed"
                    : "volunteer.help.done-needs-match"));
        }
        request.close(status, clock.instant());
        requests.flush();
        audit.record(new AuditEvent(AuditAction.UPDATE, RECORD, request.id(), request.residentId(), VolunteerService.BASIS,
                "help request " + CodedValue.code(status)));
        return view(request, false);
    }

    /** The volunteers who fit an open request, best first. */
    List<VolunteerResponses.Candidate> candidates(HelpRequest request) {
        List<Volunteer> serving = volunteers.findServing(Set.of(request.villageId()));
        boolean vogNeeded = settings.vogRequired().contains(request.workKind());
        Map<UUID, List<Vog>> certificates = vogNeeded ? vogs.findAllByVolunteerIdIn(serving.stream()
                .map(Volunteer::id).toList()).stream().collect(Collectors.groupingBy(Vog::volunteerId)) : Map.of();
        List<Volunteer> fitting = serving.stream().filter(v -> refusal(request, v, vogNeeded,
                certificates.getOrDefault(v.id(), List.of())).isEmpty()).toList();
        if (fitting.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = fitting.stream().map(Volunteer::id).toList();
        Map<UUID, Long> matches = requests.findAllByVolunteerIdInAndMatchedAtAfter(ids,
                        clock.instant().minus(java.time.Duration.ofDays(LOAD_DAYS))).stream()
                .collect(Collectors.groupingBy(HelpRequest::volunteerId, Collectors.counting()));
        Map<UUID, Integer> quarters = hours.findAllByVolunteerIdInAndWorkedOnAfter(ids,
                        input.today().minusDays(LOAD_DAYS)).stream()
                .collect(Collectors.groupingBy(HoursEntry::volunteerId, Collectors.summingInt(HoursEntry::quarters)));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        Slot asked = Slot.of(request.neededOn().getDayOfWeek(), request.partOfDay());
        List<VolunteerResponses.Candidate> ranked = new ArrayList<>();
        for (Volunteer v : fitting) {
            boolean exact = v.availability().contains(asked);
            int recentMatches = matches.getOrDefault(v.id(), 0L).intValue();
            int recentQuarters = quarters.getOrDefault(v.id(), 0);
            // exact availability weighs most; then each recent match and each four recent hours cost a point
            int score = 100 + (exact ? 50 : 0) - Math.min(recentMatches * 5, 40) - Math.min(recentQuarters / 16, 40);
            List<String> reasons = new ArrayList<>();
            String day = input.text(asked.dayKey());
            reasons.add(exact ? input.text("volunteer.match.reason.exact", day,
                            input.text("volunteer.part." + CodedValue.code(request.partOfDay())))
                    : input.text("volunteer.match.reason.day", day));
            reasons.add(input.text("volunteer.match.reason.load", recentMatches, hoursText(recentQuarters), LOAD_DAYS));
            LocalDate vogUntil = null;
            if (vogNeeded) {
                vogUntil = certificates.getOrDefault(v.id(), List.of()).stream()
                        .filter(vog -> vog.validOn(request.neededOn())).map(Vog::validUntil)
                        .max(Comparator.naturalOrder()).orElse(null);
                reasons.add(input.text("volunteer.match.reason.vog", vogUntil == null ? "" : dates.format(vogUntil)));
            }
            ranked.add(new VolunteerResponses.Candidate(v.id(), v.shortName(), Math.max(score, 0), exact,
                    recentMatches, hours(recentQuarters), vogUntil, List.copyOf(reasons)));
        }
        ranked.sort(Comparator.comparingInt(VolunteerResponses.Candidate::score).reversed()
                .thenComparing(VolunteerResponses.Candidate::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(VolunteerResponses.Candidate::volunteerId));
        return ranked;
    }

    /** Why a volunteer cannot take a request, or empty when she fits. */
    private Optional<String> refusal(HelpRequest request, Volunteer volunteer, boolean vogNeeded,
            List<Vog> certificates) {
        LocalDate day = request.neededOn();
        if (!volunteer.activeOn(day)) {
            return Optional.of(input.text("volunteer.match.refused.inactive"));
        }
        if (!volunteer.consentToContact()) {
            return Optional.of(input.text("volunteer.match.refused.no-consent"));
        }
        if (!volunteer.villages().contains(request.villageId())) {
            return Optional.of(input.text("volunteer.help.volunteer-unknown"));
        }
        if (!volunteer.skills().contains(request.skill())) {
            return Optional.of(input.text("volunteer.match.refused.skill"));
        }
        if (volunteer.availability().stream().noneMatch(slot -> slot.day() == day.getDayOfWeek())) {
            return Optional.of(input.text("volunteer.match.refused.availability"));
        }
        if (vogNeeded && certificates.stream().noneMatch(vog -> vog.validOn(day))) {
            return Optional.of(input.text("volunteer.match.refused.vog"));
        }
        return Optional.empty();
    }

    private HelpRequest require(UUID id) {
        Set<UUID> mine = colleague.supporterVillageIds();
        return requests.findById(id).filter(r -> mine.contains(r.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("volunteer.help.not-found", id)));
    }

    private VolunteerResponses.HelpRequestView view(HelpRequest request, boolean withCandidates) {
        String volunteerName = request.volunteerId() == null ? null
                : volunteers.findById(request.volunteerId()).map(Volunteer::shortName).orElse(null);
        List<VolunteerResponses.Candidate> candidates = withCandidates && request.status() == HelpRequestStatus.OPEN
                ? candidates(request) : List.of();
        return new VolunteerResponses.HelpRequestView(request.id(), request.villageId(), request.contactId(),
                CodedValue.code(request.skill()), CodedValue.code(request.workKind()), request.neededOn(),
                CodedValue.code(request.partOfDay()), request.description(),
                settings.vogRequired().contains(request.workKind()), CodedValue.code(request.status()),
                request.volunteerId(), volunteerName, request.createdAt(), candidates);
    }

    /** Quarters as hours without trailing zeros: 6 → 1.5, 8 → 2. */
    static BigDecimal hours(long quarters) {
        BigDecimal hours = BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    /** Hours in the request's language: a decimal comma in Dutch. */
    private String hoursText(int quarters) {
        return java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(hours(quarters));
    }
}
