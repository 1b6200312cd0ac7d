package nl.naober.platform.onboarding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.Competence;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supporter's own side ("Mijn ontwikkeling"): her checklist and progress, her private
 * reflection log and her training record. Every method works on the signed-in supporter's own
 * records only; another's id is "not found". Not audited: the data is hers and only she reaches it
 * here (the administrator's reads are audited in {@link ChecklistService}).
 */
@Service
@Transactional
class DevelopmentService {

    static final int MAX_NOTE = 1000;
    static final int MAX_REFLECTION = 4000;
    static final int MAX_TRAINING_TEXT = 200;
    static final int MAX_CERTIFICATE = 100;
    static final BigDecimal MAX_HOURS = new BigDecimal("1000");
    /** How far back a training or reflection may be dated: her whole career in the job, roughly. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ChecklistService checklist;
    private final OnboardingProgressRepository progress;
    private final ReflectionRepository reflections;
    private final TrainingRepository trainings;
    private final TrainingViews trainingViews;
    private final Competences competences;
    private final CurrentColleague colleague;
    private final InputReader input;
    private final Clock clock;

    DevelopmentService(ChecklistService checklist, OnboardingProgressRepository progress,
            ReflectionRepository reflections, TrainingRepository trainings, TrainingViews trainingViews,
            Competences competences, CurrentColleague colleague, InputReader input, Clock clock) {
        this.checklist = checklist;
        this.progress = progress;
        this.reflections = reflections;
        this.trainings = trainings;
        this.trainingViews = trainingViews;
        this.competences = competences;
        this.colleague = colleague;
        this.input = input.withRequiredMessages("onboarding.required.");
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    OnboardingResponses.MyChecklist checklist() {
        UUID me = me();
        Map<UUID, OnboardingProgress> done = progress.findAllByMemberId(me).stream()
                .collect(Collectors.toMap(OnboardingProgress::itemId, p -> p));
        List<OnboardingResponses.MyItem> items = checklist.activeItems().stream().map(i -> {
            OnboardingProgress p = done.get(i.id());
            return new OnboardingResponses.MyItem(i.id(), i.title(), competences.ref(i.competence()), p != null,
                    p == null ? null : p.doneOn(), p == null ? null : p.note());
        }).toList();
        return new OnboardingResponses.MyChecklist((int) items.stream().filter(OnboardingResponses.MyItem::done)
                .count(), items.size(), items);
    }

    /** Marks an item in use done (with date and note) or not done; a retired item is "not found". */
    OnboardingResponses.MyChecklist record(UUID itemId, OnboardingRequests.ProgressRequest request) {
        UUID me = me();
        checklist.activeItems().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.item.not-found", itemId)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Boolean done = input.requiredChoice("done", request.done(), errors);
        LocalDate doneOn = input.optionalPastDate("doneOn", request.doneOn(), EARLIEST, errors);
        String note = input.optionalText("note", request.note(), MAX_NOTE, errors);
        errors.throwIfAny();
        var existing = progress.findByMemberIdAndItemId(me, itemId);
        if (Boolean.TRUE.equals(done)) {
            // changing only the note keeps the day it was done
            LocalDate day = doneOn != null ? doneOn : existing.map(OnboardingProgress::doneOn).orElse(input.today());
            if (existing.isPresent()) {
                existing.get().change(day, note, clock.instant());
                progress.saveAndFlush(existing.get());
            } else {
                progress.saveAndFlush(new OnboardingProgress(UUID.randomUUID(), me, itemId, day, note,
                        clock.instant()));
            }
        } else {
            existing.ifPresent(p -> {
                progress.delete(p);
                progress.flush();
            });
        }
        return checklist();
    }

    /** One item in use of her checklist with her progress; a retired or unknown item is "not found". */
    @Transactional(readOnly = true)
    OnboardingResponses.MyItem item(UUID itemId) {
        return checklist().items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.item.not-found", itemId)));
    }

    @Transactional(readOnly = true)
    List<OnboardingResponses.ReflectionView> reflections() {
        return reflections.findAllByMemberIdOrderByWrittenOnDescCreatedAtDesc(me()).stream().map(this::view).toList();
    }

    OnboardingResponses.ReflectionView reflect(OnboardingRequests.ReflectionRequest request) {
        UUID me = me();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate writtenOn = input.optionalPastDate("writtenOn", request.writtenOn(), EARLIEST, errors);
        Set<Competence> about = competences.several("competences", request.competences(), errors);
        String text = input.requiredText("text", request.text() == null ? null
                : request.text().replace("\r\n", "\n"), MAX_REFLECTION, errors);
        errors.throwIfAny();
        return view(reflections.saveAndFlush(new ReflectionEntry(UUID.randomUUID(), me,
                writtenOn == null ? input.today() : writtenOn, text, about, clock.instant())));
    }

    /** Removes one of her own entries; anyone else's is "not found". */
    void forgetReflection(UUID id) {
        UUID me = me();
        ReflectionEntry entry = reflections.findById(id).filter(r -> r.memberId().equals(me))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.reflection.not-found", id)));
        reflections.delete(entry);
        reflections.flush();
    }

    @Transactional(readOnly = true)
    List<OnboardingResponses.TrainingView> trainings() {
        return trainings.findAllByMemberIdOrderByAttendedOnDescCreatedAtDesc(me()).stream().map(trainingViews::view)
                .toList();
    }

    OnboardingResponses.TrainingView addTraining(OnboardingRequests.TrainingRequest request) {
        UUID me = me();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String title = input.requiredText("title", request.title(), MAX_TRAINING_TEXT, errors);
        String provider = input.requiredText("provider", request.provider(), MAX_TRAINING_TEXT, errors);
        LocalDate attendedOn = input.optionalPastDate("attendedOn", request.attendedOn(), EARLIEST, errors);
        if (attendedOn == null && (request.attendedOn() == null || request.attendedOn().isBlank())) {
            input.missing("attendedOn", errors);
        }
        BigDecimal hours = hours(request.hours(), errors);
        String certificate = input.optionalText("certificate", request.certificate(), MAX_CERTIFICATE, errors);
        Set<Competence> about = competences.several("competences", request.competences(), errors);
        errors.throwIfAny();
        return trainingViews.view(trainings.saveAndFlush(new Training(UUID.randomUUID(), me,
                new TrainingFacts(title, provider, attendedOn, hours, certificate, about), clock.instant())));
    }

    void removeTraining(UUID id) {
        UUID me = me();
        Training training = trainings.findById(id).filter(t -> t.memberId().equals(me))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("onboarding.training.not-found", id)));
        trainings.delete(training);
        trainings.flush();
    }

    /** Hours: more than 0, at most 1,000, in steps of at most one decimal (a half day is 3.5). */
    private BigDecimal hours(BigDecimal raw, InvalidInputException.Collector errors) {
        if (raw == null) {
            input.missing("hours", errors);
            return null;
        }
        if (raw.signum() <= 0 || raw.compareTo(MAX_HOURS) > 0 || raw.stripTrailingZeros().scale() > 1) {
            errors.add("hours", input.text("onboarding.hours.invalid"));
            return null;
        }
        return raw.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    private OnboardingResponses.ReflectionView view(ReflectionEntry entry) {
        return new OnboardingResponses.ReflectionView(entry.id(), entry.writtenOn(),
                competences.refs(entry.competences()), entry.text());
    }

    /** The signed-in supporter; anyone else is refused (403). */
    private UUID me() {
        Colleague supporter = colleague.requireSupporter();
        return supporter.memberId();
    }
}
