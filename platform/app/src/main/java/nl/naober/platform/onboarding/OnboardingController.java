package nl.naober.platform.onboarding;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The onboarding checklist and the supporters' progress (municipal administrator), and the
 * supporter's own development under {@code /me/…}: checklist, reflection log, training record.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class OnboardingController {

    private final ChecklistService checklist;
    private final DevelopmentService development;

    OnboardingController(ChecklistService checklist, DevelopmentService development) {
        this.checklist = checklist;
        this.development = development;
    }

    @GetMapping("/onboarding-items")
    List<OnboardingResponses.ItemView> items(@PathVariable String municipality) {
        return checklist.items();
    }

    @PostMapping("/onboarding-items")
    ResponseEntity<OnboardingResponses.ItemView> add(@PathVariable String municipality,
            @RequestBody OnboardingRequests.ItemRequest request) {
        return ResponseEntity.status(201).body(checklist.add(request));
    }

    @PutMapping("/onboarding-items/{itemId}")
    OnboardingResponses.ItemView change(@PathVariable String municipality, @PathVariable UUID itemId,
            @RequestBody OnboardingRequests.ItemRequest request) {
        return checklist.change(itemId, request);
    }

    /** Every active supporter with done of total and her trainings: counts, no notes. */
    @GetMapping("/onboarding-progress")
    List<OnboardingResponses.SupporterProgress> overview(@PathVariable String municipality) {
        return checklist.overview();
    }

    @GetMapping("/onboarding-progress/{supporterId}")
    OnboardingResponses.SupporterDetail supporter(@PathVariable String municipality, @PathVariable UUID supporterId) {
        return checklist.supporter(supporterId);
    }

    @GetMapping("/me/onboarding")
    OnboardingResponses.MyChecklist myChecklist(@PathVariable String municipality) {
        return development.checklist();
    }

    @PutMapping("/me/onboarding/{itemId}")
    OnboardingResponses.MyChecklist record(@PathVariable String municipality, @PathVariable UUID itemId,
            @RequestBody OnboardingRequests.ProgressRequest request) {
        return development.record(itemId, request);
    }

    @GetMapping("/me/reflections")
    List<OnboardingResponses.ReflectionView> reflections(@PathVariable String municipality) {
        return development.reflections();
    }

    @PostMapping("/me/reflections")
    ResponseEntity<OnboardingResponses.ReflectionView> reflect(@PathVariable String municipality,
            @RequestBody OnboardingRequests.ReflectionRequest request) {
        return ResponseEntity.status(201).body(development.reflect(request));
    }

    @DeleteMapping("/me/reflections/{reflectionId}")
    ResponseEntity<Void> forget(@PathVariable String municipality, @PathVariable UUID reflectionId) {
        development.forgetReflection(reflectionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/trainings")
    List<OnboardingResponses.TrainingView> trainings(@PathVariable String municipality) {
        return development.trainings();
    }

    @PostMapping("/me/trainings")
    ResponseEntity<OnboardingResponses.TrainingView> addTraining(@PathVariable String municipality,
            @RequestBody OnboardingRequests.TrainingRequest request) {
        return ResponseEntity.status(201).body(development.addTraining(request));
    }

    @DeleteMapping("/me/trainings/{trainingId}")
    ResponseEntity<Void> removeTraining(@PathVariable String municipality, @PathVariable UUID trainingId) {
        development.removeTraining(trainingId);
        return ResponseEntity.noContent().build();
    }
}
