package nl.naober.platform.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the onboarding module. Nothing the administrator gets holds a note or a reflection. */
final class OnboardingResponses {

    private OnboardingResponses() {
    }

    /** A competence of the job profile: code and label in the language of the request. */
    record CompetenceRef(String code, String label) {
    }

    record ItemView(UUID id, String title, CompetenceRef competence, int position, boolean retired) {
    }

    /** Her checklist: done of total (items in use), each item with her progress and her note. */
    record MyChecklist(int done, int total, List<MyItem> items) {
    }

    record MyItem(UUID id, String title, CompetenceRef competence, boolean done, LocalDate doneOn, String note) {
    }

    record ReflectionView(UUID id, LocalDate writtenOn, List<CompetenceRef> competences, String text) {
    }

    record TrainingView(UUID id, String title, String provider, LocalDate attendedOn, BigDecimal hours,
            String certificate, List<CompetenceRef> competences) {
    }

    /** One supporter in the administrator's overview: counts only. */
    record SupporterProgress(UUID supporterId, String name, List<String> villages, int done, int total, int trainings,
            BigDecimal trainingHours) {
    }

    /** One supporter for the administrator: which items are done (not her notes) and her trainings. */
    record SupporterDetail(UUID supporterId, String name, List<String> villages, int done, int total,
            List<ProgressItem> items, List<TrainingView> trainings, BigDecimal trainingHours) {
    }

    record ProgressItem(UUID id, String title, CompetenceRef competence, boolean done, LocalDate doneOn) {
    }
}
