package nl.naober.platform.volunteers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.Role;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.security.Caller;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours: volunteers log their own through their personal link (no account), and the supporter reads
 * the totals of her villages per volunteer, activity and month; the municipal administrator reads
 * the municipality's totals per activity, month and village, without names. An unknown, revoked or
 * expired link is one and the same "not found".
 */
@Service
@Transactional
class HoursService {

    static final int MAX_NOTE = 200;
    /** A day of volunteer work is at most this long (in quarters of an hour). */
    static final int MAX_QUARTERS = 48;
    /** How long back a volunteer may log: a month is enough to catch up. */
    static final int MAX_DAYS_BACK = 31;
    /** An identical entry within this time is a double submit of the same form. */
    static final Duration DOUBLE_SUBMIT = Duration.ofMinutes(1);
    static final String RECORD = "volunteer-hours";
    /** The volunteer's own entry through her link. */
    static final String OWN_ENTRY = "volunteer-own-entry";

    private final HoursRepository hours;
    private final HoursLinkRepository links;
    private final VolunteerRepository volunteers;
    private final HoursTokens tokens;
    private final VillageDirectory villages;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final AuditLog audit;
    private final Clock clock;

    HoursService(HoursRepository hours, HoursLinkRepository links, VolunteerRepository volunteers,
            HoursTokens tokens, VillageDirectory villages, CurrentColleague colleague, InputReader input,
            AuditLog audit, Clock clock) {
        this.hours = hours;
        this.links = links;
        this.volunteers = volunteers;
        this.tokens = tokens;
        this.villages = villages;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("volunteer.required.");
        this.audit = audit;
        this.clock = clock;
    }

    /** The volunteer's page behind a link: her first name, villages and last entries only. */
    @Transactional(readOnly = true)
    VolunteerResponses.HoursPage page(String token) {
        Volunteer volunteer = holder(token);
        Map<UUID, String> names = villageNames(volunteer);
        return new VolunteerResponses.HoursPage(volunteer.firstName(), names.entrySet().stream()
                .map(e -> new VolunteerResponses.VillageChoice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(VolunteerResponses.VillageChoice::name)).toList(),
                hours.findTop5ByVolunteerIdOrderByCreatedAtDesc(volunteer.id()).stream()
                        .map(h -> new VolunteerResponses.HoursLine(h.workedOn(), HelpRequestService.hours(h.quarters()),
                                CodedValue.code(h.activity()), names.get(h.villageId()))).toList());
    }

    /**
     * Logs hours through a link. The same entry sent again within a minute (a double tap, a reload)
     * is stored once. Returns whether a new entry was stored.
     */
    boolean log(String token, VolunteerRequests.LoggedHours entry) {
        Volunteer volunteer = holder(token);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate today = input.today();
        LocalDate day = input.requiredDate("workedOn", entry.workedOn(), errors);
        if (day != null && (day.isAfter(today) || day.isBefore(today.minusDays(MAX_DAYS_BACK)))) {
            errors.add("workedOn", input.text("volunteer.hours.day-range", MAX_DAYS_BACK));
        }
        Integer quarters = quarters(entry.hours(), errors);
        WorkKind activity = input.requiredCode("activity", WorkKind.class, entry.activity(), errors);
        String note = input.optionalText("note", entry.note(), MAX_NOTE, errors);
        Map<UUID, String> own = villageNames(volunteer);
        UUID village = entry.village();
        if (village == null && own.size() == 1) {
            village = own.keySet().iterator().next();
        } else if (village == null) {
            input.missing("village", errors);
        } else if (!own.containsKey(village)) {
            errors.add("village", input.text("volunteer.hours.village-unknown"));
        }
        errors.throwIfAny();
        UUID chosen = village;
        boolean repeated = hours.findTop5ByVolunteerIdOrderByCreatedAtDesc(volunteer.id()).stream()
                .filter(h -> h.createdAt().isAfter(clock.instant().minus(DOUBLE_SUBMIT)))
                .anyMatch(h -> h.sameAs(chosen, day, quarters, activity, note));
        if (repeated) {
            return false;
        }
        HoursEntry saved = hours.saveAndFlush(new HoursEntry(UUID.randomUUID(), volunteer.id(), chosen, day, quarters,
                activity, note, clock.instant()));
        audit.record(new AuditEvent(AuditAction.CREATE, RECORD, saved.id(), null, OWN_ENTRY,
                "hours logged by volunteer " + volunteer.id() + " through her personal link"));
        return true;
    }

    /** Totals of a year: the supporter's villages with names, the administrator's municipality without. */
    @Transactional(readOnly = true)
    VolunteerResponses.Totals totals(Integer year) {
        int wanted = year == null ? input.today().getYear() : year;
        if (wanted < 2000 || wanted > 2100) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            errors.add("year", input.text("input.number.out-of-range", 2000, 2100));
            errors.throwIfAny();
        }
        LocalDate from = LocalDate.of(wanted, 1, 1);
        LocalDate to = LocalDate.of(wanted, 12, 31);
        Optional<Colleague> me = colleague.find();
        boolean supporter = me.map(c -> c.role() == Role.SUPPORTER).orElse(false);
        boolean admin = !supporter && (me.map(c -> c.role() == Role.MUNICIPAL_ADMIN).orElse(false)
                || (me.isEmpty() && Caller.current().flatMap(Caller::mainRole).filter(r -> r == Role.MUNICIPAL_ADMIN)
                        .isPresent()));
        if (!supporter && !admin) {
            throw new AccessDeniedException("hours totals are for supporters and the municipal administrator");
        }
        List<HoursEntry> entries = supporter
                ? hours.findAllByVillageIdInAndWorkedOnBetween(CurrentColleague.activeVillageIds(me.get()), from, to)
                : hours.findAllByWorkedOnBetween(from, to);
        List<VolunteerResponses.VolunteerTotal> perVolunteer = null;
        if (supporter) {
            Map<UUID, Integer> byVolunteer = sum(entries, HoursEntry::volunteerId);
            Map<UUID, String> names = volunteers.findAllById(byVolunteer.keySet()).stream()
                    .collect(Collectors.toMap(Volunteer::id, Volunteer::shortName));
            perVolunteer = byVolunteer.entrySet().stream()
                    .map(e -> new VolunteerResponses.VolunteerTotal(e.getKey(), names.getOrDefault(e.getKey(), "?"),
                            HelpRequestService.hours(e.getValue())))
                    .sorted(Comparator.comparing(VolunteerResponses.VolunteerTotal::hours).reversed()
                            .thenComparing(VolunteerResponses.VolunteerTotal::name))
                    .toList();
        }
        Map<WorkKind, Integer> byActivity = sum(entries, HoursEntry::activity);
        Map<String, Integer> byMonth = new TreeMap<>(sum(entries, h -> YearMonth.from(h.workedOn()).toString()));
        Map<UUID, Integer> byVillage = sum(entries, HoursEntry::villageId);
        Map<UUID, String> villageNames = villages.findAll(byVillage.keySet()).stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
        return new VolunteerResponses.Totals(wanted,
                HelpRequestService.hours(entries.stream().mapToInt(HoursEntry::quarters).sum()), perVolunteer,
                byActivity.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new VolunteerResponses.ActivityTotal(CodedValue.code(e.getKey()),
                                input.text("volunteer.work-kind." + CodedValue.code(e.getKey())),
                                HelpRequestService.hours(e.getValue()))).toList(),
                byMonth.entrySet().stream().map(e -> new VolunteerResponses.MonthTotal(e.getKey(),
                        HelpRequestService.hours(e.getValue()))).toList(),
                byVillage.entrySet().stream().map(e -> new VolunteerResponses.VillageTotal(e.getKey(),
                                villageNames.getOrDefault(e.getKey(), "?"), HelpRequestService.hours(e.getValue())))
                        .sorted(Comparator.comparing(VolunteerResponses.VillageTotal::villageName)).toList());
    }

    /** Hours as typed: {@code 1,5}, {@code 1.75} or {@code 2}; whole quarters from ¼ to {@value #MAX_QUARTERS}/4. */
    private Integer quarters(String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            input.missing("hours", errors);
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.strip().replace(',', '.'));
            BigDecimal quarters = value.multiply(BigDecimal.valueOf(4));
            if (quarters.stripTrailingZeros().scale() > 0 || quarters.intValue() < 1
                    || quarters.compareTo(BigDecimal.valueOf(MAX_QUARTERS)) > 0) {
                errors.add("hours", input.text("volunteer.hours.quarters", MAX_QUARTERS / 4));
                return null;
            }
            return quarters.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add("hours", input.text("volunteer.hours.quarters", MAX_QUARTERS / 4));
            return null;
        }
    }

    /** The volunteer a usable link belongs to; anything else is the same "not found". */
    private Volunteer holder(String token) {
        LocalDate today = input.today();
        return Optional.ofNullable(token).filter(tokens::wellFormed).map(tokens::hash)
                .flatMap(links::findByTokenHash).filter(link -> link.usableOn(today))
                .flatMap(link -> volunteers.findById(link.volunteerId())).filter(v -> v.activeOn(today))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("volunteer.hours.link-unknown")));
    }

    /** Her active villages by name. */
    private Map<UUID, String> villageNames(Volunteer volunteer) {
        return villages.findAll(volunteer.villages()).stream().filter(VillageSummary::active)
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private static <K> Map<K, Integer> sum(List<HoursEntry> entries, Function<HoursEntry, K> key) {
        return entries.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(HoursEntry::quarters)));
    }
}
