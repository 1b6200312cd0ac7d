package nl.naober.platform.onboarding;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.Competence;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipal administrator's side: the checklist (add, rename, reorder, retire) and the
 * progress of each supporter. She sees which items are done and the trainings, never the
 * supporters' notes or reflections; each supporter she sees is an audited read of that supporter's
 * record (basis {@value #BASIS}).
 */
@Service
@Transactional
class ChecklistService {

    static final int MAX_TITLE = 120;
    static final int MAX_ITEMS = 200;
    static final String BASIS = "employer-development";
    static final String RECORD_TYPE = "onboarding-progress";

    private final OnboardingItemRepository items;
    private final OnboardingProgressRepository progress;
    private final TrainingRepository trainings;
    private final ColleagueDirectory colleagues;
    private final Competences competences;
    private final TrainingViews trainingViews;
    private final AuditLog audit;
    private final InputReader input;
    private final Clock clock;

    ChecklistService(OnboardingItemRepository items, OnboardingProgressRepository progress,
            TrainingRepository trainings, ColleagueDirectory colleagues, Competences competences,
            TrainingViews trainingViews, AuditLog audit, InputReader input, Clock clock) {
        this.items = items;
        this.progress = progress;
        this.trainings = trainings;
        this.colleagues = colleagues;
        this.competences = competences;
        this.trainingViews = trainingViews;
        this.audit = audit;
        this.input = input.withRequiredMessages("onboarding.required.");
        this.clock = clock;
    }

    /** Every item, retired ones too, in checklist order. */
    @Transactional(readOnly = true)
    List<OnboardingResponses.ItemView> items() {
        return items.findAllByOrderByPositionAscTitleAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    OnboardingResponses.ItemView item(UUID id) {
        return items.findById(id).map(this::view)
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.item.not-found", id)));
    }

    OnboardingResponses.ItemView add(OnboardingRequests.ItemRequest request) {
        List<OnboardingItem> all = new ArrayList<>(items.findAllByOrderByPositionAscTitleAsc());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String title = input.requiredText("title", request.title(), MAX_TITLE, errors);
        Competence competence = competences.optional("competence", request.competence(), errors).orElse(null);
        Integer position = input.optionalNumber("position", request.position(), 1, all.size() + 1, errors);
        if (all.size() >= MAX_ITEMS) {
            errors.add("title", input.text("onboarding.items.too-many", MAX_ITEMS));
        }
        errors.throwIfAny();
        OnboardingItem item = new OnboardingItem(UUID.randomUUID(), title, competence, all.size() + 1,
                clock.instant());
        if (Boolean.TRUE.equals(request.retired())) {
            item.change(title, competence, true, clock.instant());
        }
        all.add(position == null ? all.size() : position - 1, item);
        renumber(all);
        items.saveAllAndFlush(all);
        return view(item);
    }

    OnboardingResponses.ItemView change(UUID id, OnboardingRequests.ItemRequest request) {
        List<OnboardingItem> all = new ArrayList<>(items.findAllByOrderByPositionAscTitleAsc());
        OnboardingItem item = all.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.item.not-found", id)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String title = input.requiredText("title", request.title(), MAX_TITLE, errors);
        Competence competence = competences.optional("competence", request.competence(), errors).orElse(null);
        Integer position = input.optionalNumber("position", request.position(), 1, all.size(), errors);
        errors.throwIfAny();
        item.change(title, competence, request.retired() == null ? item.retired() : request.retired(),
                clock.instant());
        if (position != null) {
            all.remove(item);
            all.add(position - 1, item);
        }
        renumber(all);
        items.saveAllAndFlush(all);
        return view(item);
    }

    /** Every active supporter with done of total (items in use) and her trainings; each one an audited read. */
    List<OnboardingResponses.SupporterProgress> overview() {
        List<OnboardingItem> active = activeItems();
        Set<UUID> activeIds = active.stream().map(OnboardingItem::id).collect(Collectors.toSet());
        List<Colleague> supporters = colleagues.activeSupporters();
        List<UUID> ids = supporters.stream().map(Colleague::memberId).toList();
        Map<UUID, Long> done = ids.isEmpty() ? Map.of() : progress.findAllByMemberIdIn(ids).stream()
                .filter(p -> activeIds.contains(p.itemId()))
                .collect(Collectors.groupingBy(OnboardingProgress::memberId, Collectors.counting()));
        Map<UUID, List<Training>> trained = ids.isEmpty() ? Map.of() : trainings.findAllByMemberIdIn(ids).stream()
                .collect(Collectors.groupingBy(Training::memberId));
        List<OnboardingResponses.SupporterProgress> rows = supporters.stream()
                .map(s -> new OnboardingResponses.SupporterProgress(s.memberId(), name(s), villageNames(s),
                        done.getOrDefault(s.memberId(), 0L).intValue(), active.size(),
                        trained.getOrDefault(s.memberId(), List.of()).size(),
                        hours(trained.getOrDefault(s.memberId(), List.of()))))
                .toList();
        rows.forEach(r -> audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, r.supporterId(), null, BASIS,
                "overview")));
        return rows;
    }

    /** One active supporter: which items in use she has done (without her notes) and her trainings. */
    OnboardingResponses.SupporterDetail supporter(UUID supporterId) {
        Colleague supporter = colleagues.activeSupporters().stream().filter(s -> s.memberId().equals(supporterId))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.supporter.not-found",
                        supporterId)));
        List<OnboardingItem> active = activeItems();
        Map<UUID, OnboardingProgress> done = progress.findAllByMemberId(supporterId).stream()
                .collect(Collectors.toMap(OnboardingProgress::itemId, p -> p));
        List<OnboardingResponses.ProgressItem> rows = active.stream()
                .map(i -> new OnboardingResponses.ProgressItem(i.id(), i.title(), competences.ref(i.competence()),
                        done.containsKey(i.id()), done.containsKey(i.id()) ? done.get(i.id()).doneOn() : null))
                .toList();
        List<Training> own = trainings.findAllByMemberIdOrderByAttendedOnDescCreatedAtDesc(supporterId);
        audit.record(new AuditEvent(AuditAction.READ, RECORD_TYPE, supporterId, null, BASIS,
                "checklist and training record"));
        return new OnboardingResponses.SupporterDetail(supporterId, name(supporter), villageNames(supporter),
                (int) rows.stream().filter(OnboardingResponses.ProgressItem::done).count(), rows.size(), rows,
                own.stream().map(trainingViews::view).toList(), hours(own));
    }

    List<OnboardingItem> activeItems() {
        return items.findAllByOrderByPositionAscTitleAsc().stream().filter(i -> !i.retired()).toList();
    }

    private static void renumber(List<OnboardingItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    private OnboardingResponses.ItemView view(OnboardingItem item) {
        return new OnboardingResponses.ItemView(item.id(), item.title(), competences.ref(item.competence()),
                item.position(), item.retired());
    }

    private static String name(Colleague colleague) {
        return (colleague.firstName() + " " + colleague.lastName()).strip();
    }

    private static List<String> villageNames(Colleague colleague) {
        return colleague.villages().stream().filter(VillageSummary::active).map(VillageSummary::name)
                .sorted(Comparator.naturalOrder()).toList();
    }

    static BigDecimal hours(List<Training> list) {
        return list.stream().map(t -> t.facts().hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
