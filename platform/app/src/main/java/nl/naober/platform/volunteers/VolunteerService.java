package nl.naober.platform.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the volunteers serving the supporter's villages, their VOGs and their links to log
 * hours. A supporter reaches a volunteer who serves at least one of her villages; any other is "not
 * found". Every read of a volunteer's details and every change is audited in its transaction (the
 * audit's resident is empty: a volunteer is no resident).
 */
@Service
@Transactional
class VolunteerService {

    static final int MAX_NAME = 80;
    static final int MAX_NOTE = 500;
    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    /** The supporter's task: organising volunteer help in her villages. */
    static final String BASIS = "village-support";
    static final String RECORD = "volunteer";

    private final VolunteerRepository volunteers;
    private final VogRepository vogs;
    private final HoursLinkRepository links;
    private final VolunteerSettingsService settings;
    private final HoursTokens tokens;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerService(VolunteerRepository volunteers, VogRepository vogs, HoursLinkRepository links,
            VolunteerSettingsService settings, HoursTokens tokens, CurrentColleague colleague, InputReader input,
            AuditLog audit, Clock clock) {
        this.volunteers = volunteers;
        this.vogs = vogs;
        this.links = links;
        this.settings = settings;
        this.tokens = tokens;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("volunteer.required.");
        this.audit = audit;
        this.clock = clock;
    }

    VolunteerResponses.VolunteerView register(VolunteerRequests.VolunteerData request) {
        Colleague supporter = colleague.requireSupporter();
        VolunteerFacts facts = read(request, Set.of());
        Volunteer volunteer = volunteers.saveAndFlush(new Volunteer(UUID.randomUUID(), supporter.memberId(), facts,
                clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, RECORD, volunteer.id(), null, BASIS, "volunteer registered"));
        return view(volunteer);
    }

    /** Changes her data; the villages she serves for other supporters stay. */
    VolunteerResponses.VolunteerView change(UUID id, VolunteerRequests.VolunteerData request) {
        Volunteer volunteer = require(id);
        Set<UUID> mine = colleague.supporterVillageIds();
        Set<UUID> others = volunteer.villages().stream().filter(v -> !mine.contains(v)).collect(Collectors.toSet());
        VolunteerFacts facts = read(request, others);
        volunteer.change(facts, clock.instant());
        volunteers.flush();
        audit.record(new AuditEvent(AuditAction.UPDATE, RECORD, volunteer.id(), null, BASIS, "volunteer changed"));
        return view(volunteer);
    }

    /** The volunteers of her villages, active first, by first name; short names only, not audited. */
    @Transactional(readOnly = true)
    List<VolunteerResponses.VolunteerListItem> list() {
        Set<UUID> mine = colleague.supporterVillageIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Volunteer> found = volunteers.findServing(mine).stream().filter(v -> v.anonymisedAt() == null).toList();
        Map<UUID, List<Vog>> certificates = vogs.findAllByVolunteerIdIn(found.stream().map(Volunteer::id).toList())
                .stream().collect(Collectors.groupingBy(Vog::volunteerId));
        LocalDate today = input.today();
        VolunteerSettings current = settings.current();
        return found.stream()
                .sorted(Comparator.comparing((Volunteer v) -> !v.activeOn(today))
                        .thenComparing(Volunteer::shortName, String.CASE_INSENSITIVE_ORDER))
                .map(v -> {
                    Optional<Vog> latest = latest(certificates.getOrDefault(v.id(), List.of()));
                    return new VolunteerResponses.VolunteerListItem(v.id(), v.shortName(),
                            v.villages().stream().filter(mine::contains).sorted().toList(), codes(v.skills()),
                            v.consentToContact(), v.activeOn(today), latest.map(Vog::validUntil).orElse(null),
                            vogStatus(latest, today, current));
                }).toList();
    }

    VolunteerResponses.VolunteerView show(UUID id) {
        Volunteer volunteer = require(id);
        audit.record(new AuditEvent(AuditAction.READ, RECORD, volunteer.id(), null, BASIS, "volunteer opened"));
        return view(volunteer);
    }

    /** Records a VOG she showed; valid for the municipality's years from its issue date. */
    VolunteerResponses.VogView recordVog(UUID id, VolunteerRequests.NewVog request) {
        Colleague supporter = colleague.requireSupporter();
        Volunteer volunteer = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate issuedOn = input.optionalPastDate("issuedOn", request.issuedOn(), EARLIEST, errors);
        if (request.issuedOn() == null || request.issuedOn().isBlank()) {
            input.missing("issuedOn", errors);
        }
        errors.throwIfAny();
        Vog vog = vogs.saveAndFlush(new Vog(UUID.randomUUID(), volunteer.id(), issuedOn,
                issuedOn.plusYears(settings.current().vogValidityYears()), supporter.memberId(), clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "volunteer-vog", vog.id(), null, BASIS,
                "certificate of conduct recorded for volunteer " + volunteer.id()));
        return VolunteerResponses.VogView.of(vog);
    }

    /**
     * A new personal link to log hours; an earlier link stops working. The token is returned this
     * once; only its hash is stored.
     */
    VolunteerResponses.CreatedLink createLink(UUID id, VolunteerRequests.NewHoursLink request) {
        Colleague supporter = colleague.requireSupporter();
        Volunteer volunteer = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate today = input.today();
        LocalDate expiresOn = request == null ? null : input.optionalDate("expiresOn", request.expiresOn(), errors);
        if (expiresOn != null && (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(5)))) {
            errors.add("expiresOn", input.text("volunteer.link.expires-range"));
        }
        if (!volunteer.activeOn(today)) {
            errors.add("expiresOn", input.text("volunteer.link.not-active"));
        }
        errors.throwIfAny();
        links.findByVolunteerIdAndRevokedAtIsNull(volunteer.id()).ifPresent(old -> old.revoke(clock.instant()));
        links.flush();
        String token = tokens.newToken();
        HoursLink link = links.saveAndFlush(new HoursLink(UUID.randomUUID(), volunteer.id(), tokens.hash(token),
                expiresOn, supporter.memberId(), clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, "volunteer-link", link.id(), null, BASIS,
                "personal hours link made for volunteer " + volunteer.id()));
        return new VolunteerResponses.CreatedLink(token, HoursTokens.path(TenantContext.require().slug(), token),
                expiresOn);
    }

    /** Revokes her link; revoking when there is none changes nothing. */
    void revokeLink(UUID id) {
        colleague.requireSupporter();
        Volunteer volunteer = require(id);
        links.findByVolunteerIdAndRevokedAtIsNull(volunteer.id()).ifPresent(link -> {
            link.revoke(clock.instant());
            links.flush();
            audit.record(new AuditEvent(AuditAction.UPDATE, "volunteer-link", link.id(), null, BASIS,
                    "personal hours link revoked for volunteer " + volunteer.id()));
        });
    }

    /** The VOGs of active volunteers of her villages that expire within the renewal window or have expired. */
    @Transactional(readOnly = true)
    List<VolunteerResponses.ExpiringVog> expiringVogs() {
        Set<UUID> mine = colleague.supporterVillageIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        LocalDate today = input.today();
        VolunteerSettings current = settings.current();
        List<Volunteer> active = volunteers.findServing(mine).stream().filter(v -> v.activeOn(today)).toList();
        Map<UUID, List<Vog>> certificates = vogs.findAllByVolunteerIdIn(active.stream().map(Volunteer::id).toList())
                .stream().collect(Collectors.groupingBy(Vog::volunteerId));
        return active.stream().flatMap(v -> latest(certificates.getOrDefault(v.id(), List.of())).stream()
                        .filter(vog -> !vog.validUntil().isAfter(today.plusMonths(current.renewalWindowMonths())))
                        .map(vog -> new VolunteerResponses.ExpiringVog(v.id(), v.shortName(), vog.validUntil(),
                                !vog.validUntil().isAfter(today))))
                .sorted(Comparator.comparing(VolunteerResponses.ExpiringVog::validUntil)).toList();
    }

    /** A volunteer serving one of the supporter's villages, not anonymised; anyone else is "not found". */
    Volunteer require(UUID id) {
        Set<UUID> mine = colleague.supporterVillageIds();
        return volunteers.findById(id)
                .filter(v -> v.anonymisedAt() == null && v.villages().stream().anyMatch(mine::contains))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("volunteer.not-found", id)));
    }

    /** The certificate that counts: the one valid longest. */
    static Optional<Vog> latest(List<Vog> certificates) {
        return certificates.stream().max(Comparator.comparing(Vog::validUntil));
    }

    static String vogStatus(Optional<Vog> latest, LocalDate today, VolunteerSettings settings) {
        if (latest.isEmpty()) {
            return "none";
        }
        Vog vog = latest.get();
        if (!vog.validOn(today)) {
            return vog.issuedOn().isAfter(today) ? "none" : "expired";
        }
        return vog.validUntil().isAfter(today.plusMonths(settings.renewalWindowMonths())) ? "valid" : "expiring";
    }

    private VolunteerFacts read(VolunteerRequests.VolunteerData request, Set<UUID> otherVillages) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String firstName = input.requiredText("firstName", request.firstName(), MAX_NAME, errors);
        String lastName = input.optionalText("lastName", request.lastName(), MAX_NAME, errors);
        String phone = input.optionalPhone("phone", request.phone(), errors);
        String email = input.optionalEmail("email", request.email(), errors);
        String note = input.optionalText("note", request.note(), MAX_NOTE, errors);
        Boolean consent = input.requiredChoice("consentToContact", request.consentToContact(), errors);
        LocalDate startedOn = input.optionalPastDate("startedOn", request.startedOn(), EARLIEST, errors);
        if (request.startedOn() == null || request.startedOn().isBlank()) {
            startedOn = input.today();
        }
        LocalDate endedOn = input.optionalDate("endedOn", request.endedOn(), errors);
        if (endedOn != null && startedOn != null && endedOn.isBefore(startedOn)) {
            errors.add("endedOn", input.text("volunteer.ended-on.before-start"));
        }
        Set<UUID> villages = new HashSet<>(otherVillages);
        List<UUID> asked = request.villages() == null ? List.of() : request.villages();
        if (asked.isEmpty() && otherVillages.isEmpty()) {
            colleague.villageForNewRecord(null).map(VillageSummary::id).ifPresentOrElse(villages::add,
                    () -> input.missing("villages", errors));
        }
        for (UUID village : asked) {
            if (village == null || colleague.villageForNewRecord(village).isEmpty()) {
                errors.add("villages", input.text("volunteer.village.not-yours"));
                break;
            }
            villages.add(village);
        }
        Set<Skill> skills = input.codes("skills", Skill.class, request.skills(), errors);
        if (request.skills() == null || request.skills().isEmpty()) {
            input.missing("skills", errors);
        }
        Set<Slot> availability = input.codes("availability", Slot.class, request.availability(), errors);
        errors.throwIfAny();
        return new VolunteerFacts(firstName, lastName, phone, email, note, consent, startedOn, endedOn, villages,
                skills, availability);
    }

    private VolunteerResponses.VolunteerView view(Volunteer volunteer) {
        LocalDate today = input.today();
        List<Vog> certificates = vogs.findAllByVolunteerIdOrderByIssuedOnDesc(volunteer.id());
        Optional<Vog> latest = latest(certificates);
        VolunteerResponses.LinkView link = links.findByVolunteerIdAndRevokedAtIsNull(volunteer.id())
                .map(l -> new VolunteerResponses.LinkView(l.usableOn(today), l.createdAt(), l.expiresOn()))
                .orElse(new VolunteerResponses.LinkView(false, null, null));
        Set<UUID> mine = colleague.supporterVillageIds();
        return new VolunteerResponses.VolunteerView(volunteer.id(), volunteer.firstName(), volunteer.lastName(),
                volunteer.phone(), volunteer.email(), volunteer.note(), volunteer.consentToContact(),
                volunteer.startedOn(), volunteer.endedOn(), volunteer.activeOn(today),
                volunteer.villages().stream().filter(mine::contains).sorted().toList(), codes(volunteer.skills()),
                codes(volunteer.availability()), certificates.stream().map(VolunteerResponses.VogView::of).toList(),
                vogStatus(latest, today, settings.current()), latest.map(Vog::validUntil).orElse(null), link,
                volunteer.createdAt());
    }

    static List<String> codes(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(CodedValue::code).toList();
    }
}
