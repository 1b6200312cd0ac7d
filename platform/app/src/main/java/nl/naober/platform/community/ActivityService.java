package nl.naober.platform.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village activities (F2 cohesion): registered after they took place, with counts that feed the
 * accountability reports. No personal data by design (participants are a number), so reads are not
 * audited; the note is encrypted and shown to the supporter only.
 */
@Service
@Transactional
class ActivityService {

    static final int MAX_TITLE = 120;
    static final int MAX_NOTE = 1000;
    static final int MAX_PARTICIPANTS = 10_000;
    static final int MAX_VOLUNTEERS = 1_000;
    static final int MAX_VOLUNTEER_HOURS = 10_000;
    /** One day: an activity is one day's work. */
    static final int MAX_SUPPORTER_MINUTES = 1440;
    /** An activity's hours cannot exceed a full day per volunteer. */
    static final int HOURS_PER_VOLUNTEER = 24;
    /** The default list: the last year. */
    static final int DEFAULT_DAYS = 365;

    private final ActivityRepository activities;
    private final InitiativeRepository initiatives;
    private final AssociationRepository associations;
    private final CommunityReaders readers;
    private final CurrentColleague colleague;
    private final VillageDirectory villages;
    private final InputReader input;
    private final Clock clock;

    ActivityService(ActivityRepository activities, InitiativeRepository initiatives,
            AssociationRepository associations, CommunityReaders readers, CurrentColleague colleague,
            VillageDirectory villages, InputReader input, Clock clock) {
        this.activities = activities;
        this.initiatives = initiatives;
        this.associations = associations;
        this.readers = readers;
        this.colleague = colleague;
        this.villages = villages;
        this.input = input.withRequiredMessages("community.required.");
        this.clock = clock;
    }

    /**
     * The earliest day an activity may have: the first of January of last year. Its counts are facts
     * for the year's report, so a future day is refused, and so is a day of a year already reported on.
     */
    LocalDate earliest() {
        return LocalDate.of(input.today().getYear() - 1, 1, 1);
    }

    ActivityResponses.ActivityView register(ActivityRequests.NewActivity request) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        VillageSummary village = colleague.villageForNewRecord(request.village()).orElse(null);
        if (village == null) {
            errors.add("village", input.text(request.village() == null ? "community.required.village"
                    : "community.village.not-yours"));
        }
        ActivityKind kind = input.requiredCode("kind", ActivityKind.class, request.kind(), errors);
        String title = input.requiredText("title", request.title(), MAX_TITLE, errors);
        LocalDate heldOn = null;
        if (request.heldOn() == null || request.heldOn().isBlank()) {
            input.missing("heldOn", errors);
        } else {
            heldOn = input.optionalPastDate("heldOn", request.heldOn(), earliest(), errors);
        }
        Integer participants = input.requiredNumber("participants", request.participants(), 0, MAX_PARTICIPANTS,
                errors);
        int volunteers = orZero(input.optionalNumber("volunteers", request.volunteers(), 0, MAX_VOLUNTEERS, errors));
        Integer hours = input.optionalNumber("volunteerHours", request.volunteerHours(), 0, MAX_VOLUNTEER_HOURS, errors);
        if (hours != null && hours > 0 && hours <= MAX_VOLUNTEER_HOURS && volunteers >= 0
                && volunteers <= MAX_VOLUNTEERS && hours > volunteers * HOURS_PER_VOLUNTEER) {
            errors.add("volunteerHours", input.text(volunteers == 0 ? "community.volunteer-hours.no-volunteers"
                    : "community.volunteer-hours.too-many", HOURS_PER_VOLUNTEER));
        }
        int minutes = orZero(input.optionalNumber("supporterMinutes", request.supporterMinutes(), 0,
                MAX_SUPPORTER_MINUTES, errors));
        String note = input.optionalText("note", request.note(), MAX_NOTE, errors);
        UUID villageId = village == null ? null : village.id();
        if (request.initiative() != null && initiatives.findById(request.initiative())
                .filter(i -> i.villageId().equals(villageId)).isEmpty()) {
            errors.add("initiative", input.text("community.activity.initiative.other-village"));
        }
        if (request.association() != null && associations.findById(request.association())
                .filter(a -> villageId != null && a.villages().contains(villageId)).isEmpty()) {
            errors.add("association", input.text("community.activity.association.other-village"));
        }
        errors.throwIfAny();
        Activity activity = activities.saveAndFlush(new Activity(UUID.randomUUID(), village.id(),
                new ActivityFacts(kind, title, heldOn, participants, volunteers, orZero(hours), minutes,
                        request.initiative(), request.association(), note), supporter.memberId(), clock.instant()));
        return view(activity, readers.current());
    }

    /** The activities of the reader's villages in a period (default: the last year), newest first, with totals. */
    @Transactional(readOnly = true)
    ActivityResponses.ActivityList list(String fromText, String toText, UUID onlyVillage) {
        CommunityReaders.Reader reader = readers.current();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate to = input.optionalDate("to", toText, errors);
        LocalDate from = input.optionalDate("from", fromText, errors);
        errors.throwIfAny();
        LocalDate end = to == null ? input.today() : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        if (start.isAfter(end)) {
            errors.add("from", input.text("community.period.reversed"));
            errors.throwIfAny();
        }
        Set<UUID> visible = onlyVillage == null ? reader.villages()
                : reader.villages().contains(onlyVillage) ? Set.of(onlyVillage) : Set.of();
        List<Activity> found = visible.isEmpty() ? List.of()
                : activities.findAllByVillageIdInAndHeldOnBetweenOrderByHeldOnDescCreatedAtDesc(visible, start, end);
        List<ActivityResponses.ActivityView> items = views(found, reader);
        return new ActivityResponses.ActivityList(start, end, found.size(),
                found.stream().mapToInt(Activity::participants).sum(),
                found.stream().mapToInt(Activity::volunteerHours).sum(),
                found.stream().mapToInt(Activity::supporterMinutes).sum(), items);
    }

    @Transactional(readOnly = true)
    ActivityResponses.ActivityView show(UUID id) {
        CommunityReaders.Reader reader = readers.current();
        Activity activity = activities.findById(id).filter(a -> reader.villages().contains(a.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("community.activity.not-found", id)));
        return view(activity, reader);
    }

    /** The activities of an initiative or association the caller may already see. */
    @Transactional(readOnly = true)
    List<ActivityResponses.ActivityView> ofInitiative(UUID initiative) {
        return views(activities.findAllByInitiativeIdOrderByHeldOnDesc(initiative), readers.current());
    }

    @Transactional(readOnly = true)
    List<ActivityResponses.ActivityView> ofAssociation(UUID association) {
        return views(activities.findAllByAssociationIdOrderByHeldOnDesc(association), readers.current());
    }

    private ActivityResponses.ActivityView view(Activity activity, CommunityReaders.Reader reader) {
        return views(List.of(activity), reader).getFirst();
    }

    private List<ActivityResponses.ActivityView> views(List<Activity> found, CommunityReaders.Reader reader) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> villageNames = villages.findAll(found.stream().map(Activity::villageId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        Map<UUID, Initiative> linkedInitiatives = byId(initiatives.findAllById(ids(found, Activity::initiativeId)),
                Initiative::id);
        Map<UUID, Association> linkedAssociations = byId(associations.findAllById(ids(found, Activity::associationId)),
                Association::id);
        return found.stream().map(a -> new ActivityResponses.ActivityView(a.id(), a.villageId(),
                villageNames.get(a.villageId()), CodedValue.code(a.kind()), a.title(), a.heldOn(), a.participants(),
                a.volunteers(), a.volunteerHours(), a.supporterMinutes(),
                a.initiativeId() == null ? null : new ActivityResponses.Link(a.initiativeId(),
                        linkedInitiatives.get(a.initiativeId()).name()),
                a.associationId() == null ? null : new ActivityResponses.Link(a.associationId(),
                        linkedAssociations.get(a.associationId()).name()),
                reader.supporter() ? a.note() : null)).toList();
    }

    private static Set<UUID> ids(Collection<Activity> found, Function<Activity, UUID> id) {
        return found.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(Collection<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
