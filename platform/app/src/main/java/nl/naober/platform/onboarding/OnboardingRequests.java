package nl.naober.platform.onboarding;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies of the onboarding module. Dates are {@code yyyy-MM-dd}; competences {@code C1}–{@code C12}. */
final class OnboardingRequests {

    private OnboardingRequests() {
    }

    /**
     * A checklist item, new or changed: the title is required; {@code competence} may be left out;
     * {@code position} (1 = first) defaults to last for a new item and to where it is for a change;
     * {@code retired} takes an item off the checklists (and {@code false} puts it back).
     */
    record ItemRequest(String title, String competence, Integer position, Boolean retired) {
    }

    /** Her progress on one item: {@code done}, and when (default today) with an optional note of her own. */
    record ProgressRequest(Boolean done, String doneOn, String note) {
    }

    /** An entry of her reflection log: the date (default today), the competences it is about, the text. */
    record ReflectionRequest(String writtenOn, List<String> competences, String text) {
    }

    /** A training she attended; {@code hours} in steps of 0.5 at most one decimal. */
    record TrainingRequest(String title, String provider, String attendedOn, BigDecimal hours, String certificate,
            List<String> competences) {
    }
}
