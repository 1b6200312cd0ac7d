package nl.naober.platform.community;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.contacts.ContactThemes;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiatives of the villages (F10): registering one, moving it through its statuses with
 * history, and the support given. Initiatives hold no personal data by design, so reading them is
 * not audited; their free text is encrypted all the same and shown to the supporter only.
 */
@Service
@Transactional
class InitiativeService {

    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 2000;
    static final int MAX_NOTE = 1000;
    /** A day's work at most per entry: longer support is more than one entry. */
    static final int MAX_MINUTES = 2400;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final InitiativeRepository initiatives;
    private final InitiativeStatusChangeRepository history;
    private final InitiativeSupportRepository support;
    private final ActivityRepository activities;
    private final CommunityReaders readers;
    private final CurrentColleague colleague;
    private final ContactThemes themes;
    private final VillageDirectory villages;
    private final InputReader input;
    private final Clock clock;

    InitiativeService(InitiativeRepository initiatives, InitiativeStatusChangeRepository history,
            InitiativeSupportRepository support, ActivityRepository activities, CommunityReaders readers,
            CurrentColleague colleague, ContactThemes themes, VillageDirectory villages, InputReader input,
            Clock clock) {
        this.initiatives = initiatives;
        this.history = history;
        this.support = support;
        this.activities = activities;
        this.readers = readers;
        this.colleague = colleague;
        this.themes = themes;
        this.villages = villages;
        this.input = input.withRequiredMessages("community.required.");
        this.clock = clock;
    }

    InitiativeResponses.InitiativeView register(InitiativeRequests.NewInitiative request) {
        Colleague supporter = colleague.requireSupporter();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        VillageSummary village = colleague.villageForNewRecord(request.village()).orElse(null);
        if (village == null) {
            errors.add("village", input.text(request.village() == null ? "community.required.village"
                    : "community.village.not-yours"));
        }
        String name = input.requiredText("name", request.name(), MAX_NAME, errors);
        String description = input.optionalText("description", request.description(), MAX_TEXT, errors);
        InitiatorKind initiators = input.requiredCode("initiators", InitiatorKind.class, request.initiators(), errors);
        String theme = theme(request.theme(), errors);
        InitiativeStatus status = request.status() == null || request.status().isBlank() ? InitiativeStatus.IDEA
                : input.code("status", InitiativeStatus.class, request.status(), errors).orElse(null);
        LocalDate statusOn = input.optionalPastDate("statusOn", request.statusOn(), EARLIEST, errors);
        errors.throwIfAny();

        LocalDate since = statusOn == null ? input.today() : statusOn;
        Initiative initiative = initiatives.saveAndFlush(new Initiative(UUID.randomUUID(), village.id(), name,
                description, initiators, theme, status, since, supporter.memberId(), clock.instant()));
        history.saveAndFlush(new InitiativeStatusChange(initiative.id(), status, since, null, supporter.memberId(),
                clock.instant()));
        return view(initiative, readers.current());
    }

    /** The initiatives of the reader's villages: open ones first, then by name. */
    @Transactional(readOnly = true)
    List<InitiativeResponses.InitiativeListItem> list() {
        CommunityReaders.Reader reader = readers.current();
        if (reader.villages().isEmpty()) {
            return List.of();
        }
        List<Initiative> found = initiatives.findAllByVillageIdIn(reader.villages());
        Map<UUID, List<InitiativeSupport>> given = support.findAllByInitiativeIdIn(
                found.stream().map(Initiative::id).toList()).stream()
                .collect(Collectors.groupingBy(InitiativeSupport::initiativeId));
        Map<UUID, String> names = villageNames(found.stream().map(Initiative::villageId).toList());
        Map<String, String> labels = themeLabels();
        return found.stream()
                .sorted(Comparator.comparing((Initiative i) -> !i.status().open())
                        .thenComparing(i -> i.name().toLowerCase(java.util.Locale.ROOT)))
                .map(i -> {
                    List<InitiativeSupport> entries = given.getOrDefault(i.id(), List.of());
                    return new InitiativeResponses.InitiativeListItem(i.id(), i.villageId(), names.get(i.villageId()),
                            i.name(), CodedValue.code(i.initiators()), i.themeCode(), label(labels, i.themeCode()),
                            CodedValue.code(i.status()), i.statusSince(), entries.size(),
                            entries.stream().mapToInt(InitiativeSupport::minutes).sum());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    InitiativeResponses.InitiativeView show(UUID id) {
        CommunityReaders.Reader reader = readers.current();
        return view(require(id, reader.villages()), reader);
    }

    /** Moves an open initiative to another status, from a day not before its current one; a closed one is final (409). */
    InitiativeResponses.InitiativeView changeStatus(UUID id, InitiativeRequests.StatusChange request) {
        Colleague supporter = colleague.requireSupporter();
        Initiative initiative = require(id, CurrentColleague.activeVillageIds(supporter));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        InitiativeStatus to = input.requiredCode("status", InitiativeStatus.class, request.status(), errors);
        LocalDate on = input.optionalPastDate("on", request.on(), EARLIEST, errors);
        String note = input.optionalText("reason", request.reason(), MAX_NOTE, errors);
        if (to != null && to == initiative.status()) {
            errors.add("status", input.text("community.status.unchanged"));
        }
        LocalDate day = on == null ? input.today() : on;
        if (on != null && day.isBefore(initiative.statusSince())) {
            errors.add("on", input.text("community.status.before-current", initiative.statusSince()));
        }
        errors.throwIfAny();
        if (!initiative.status().open()) {
            throw new ResourceConflictException("status", input.text("community.status.closed"));
        }
        initiative.changeStatus(to, day, clock.instant());
        initiatives.saveAndFlush(initiative);
        history.saveAndFlush(new InitiativeStatusChange(initiative.id(), to, day, note, supporter.memberId(),
                clock.instant()));
        return view(initiative, readers.current());
    }

    /** Records support given to an initiative of her villages (also after it closed: the work was done). */
    InitiativeResponses.InitiativeView addSupport(UUID id, InitiativeRequests.NewSupport request) {
        Colleague supporter = colleague.requireSupporter();
        Initiative initiative = require(id, CurrentColleague.activeVillageIds(supporter));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        SupportKind kind = input.requiredCode("kind", SupportKind.class, request.kind(), errors);
        LocalDate givenOn = input.optionalPastDate("givenOn", request.givenOn(), EARLIEST, errors);
        Integer minutes = input.requiredNumber("minutes", request.minutes(), 0, MAX_MINUTES, errors);
        String note = input.optionalText("note", request.note(), MAX_NOTE, errors);
        BigDecimal requested = Amounts.optional(input, "requestedAmount", request.requestedAmount(), errors);
        BigDecimal granted = Amounts.optional(input, "grantedAmount", request.grantedAmount(), errors);
        if (kind != null && kind != SupportKind.FUNDING_APPLICATION) {
            if (request.requestedAmount() != null) {
                errors.add("requestedAmount", input.text("community.amount.only-funding"));
            }
            if (request.grantedAmount() != null) {
                errors.add("grantedAmount", input.text("community.amount.only-funding"));
            }
        } else if (kind == SupportKind.FUNDING_APPLICATION && request.requestedAmount() == null
                && request.grantedAmount() == null) {
            errors.add("requestedAmount", input.text("community.amount.required"));
        }
        errors.throwIfAny();
        support.saveAndFlush(new InitiativeSupport(initiative.id(), kind, givenOn == null ? input.today() : givenOn,
                minutes, note, requested, granted, supporter.memberId(), clock.instant()));
        initiative.touched(clock.instant());
        initiatives.saveAndFlush(initiative);
        return view(initiative, readers.current());
    }

    /** The initiatives of one of her villages as choices for an activity: open ones first. */
    @Transactional(readOnly = true)
    List<Initiative> choicesIn(UUID village) {
        return initiatives.findAllByVillageIdIn(Set.of(village)).stream()
                .sorted(Comparator.comparing((Initiative i) -> !i.status().open()).thenComparing(Initiative::name))
                .toList();
    }

    private Initiative require(UUID id, Collection<UUID> visible) {
        return initiatives.findById(id).filter(i -> visible.contains(i.villageId()))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("community.initiative.not-found", id)));
    }

    private String theme(String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = themes.active(raw.strip()).map(ContactThemes.ThemeSummary::code).orElse(null);
        if (code == null) {
            errors.add("theme", input.text("input.unknown-choice", InputReader.abbreviated(raw)));
        }
        return code;
    }

    private InitiativeResponses.InitiativeView view(Initiative initiative, CommunityReaders.Reader reader) {
        boolean free = reader.supporter();
        List<InitiativeResponses.StatusStep> steps = history
                .findAllByInitiativeIdOrderByChangedOnAscCreatedAtAsc(initiative.id()).stream()
                .map(s -> new InitiativeResponses.StatusStep(CodedValue.code(s.status()), s.changedOn(),
                        free ? s.note() : null))
                .toList();
        List<InitiativeSupport> entries = support.findAllByInitiativeIdOrderByGivenOnDescCreatedAtDesc(initiative.id());
        List<InitiativeResponses.SupportView> given = entries.stream()
                .map(s -> new InitiativeResponses.SupportView(s.id(), CodedValue.code(s.kind()), s.givenOn(),
                        s.minutes(), free ? s.note() : null, s.requestedAmount(), s.grantedAmount()))
                .toList();
        return new InitiativeResponses.InitiativeView(initiative.id(), initiative.villageId(),
                villageNames(List.of(initiative.villageId())).get(initiative.villageId()), initiative.name(),
                free ? initiative.description() : null, CodedValue.code(initiative.initiators()),
                initiative.themeCode(), label(themeLabels(), initiative.themeCode()),
                CodedValue.code(initiative.status()), initiative.statusSince(), initiative.status().open(), steps,
                given, entries.stream().mapToInt(InitiativeSupport::minutes).sum(),
                sum(entries.stream().map(InitiativeSupport::requestedAmount).toList()),
                sum(entries.stream().map(InitiativeSupport::grantedAmount).toList()),
                activities.findAllByInitiativeIdOrderByHeldOnDesc(initiative.id()).size());
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private Map<UUID, String> villageNames(Collection<UUID> ids) {
        return villages.findAll(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    private Map<String, String> themeLabels() {
        return themes.all().stream().collect(Collectors.toMap(ContactThemes.ThemeSummary::code,
                ContactThemes.ThemeSummary::label, (a, b) -> a));
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }
}
