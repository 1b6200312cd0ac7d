package nl.naober.platform.onboarding;

import java.math.BigDecimal;
import java.util.List;

/** The forms of "Mijn ontwikkeling" as submitted (text, so whatever was typed is shown again). */
final class DevelopmentForms {

    /** A number that is no number: handed over as one no range accepts, so the service's message is the only one. */
    static final BigDecimal NOT_A_NUMBER = new BigDecimal("-1");

    private DevelopmentForms() {
    }

    /** Her progress on one item: {@code done} is "true" or "false". */
    record ProgressForm(String done, String doneOn, String note) {

        OnboardingRequests.ProgressRequest toRequest() {
            Boolean value = "true".equals(done) ? Boolean.TRUE : "false".equals(done) ? Boolean.FALSE : null;
            return new OnboardingRequests.ProgressRequest(value, doneOn, note);
        }
    }

    record ReflectionForm(String writtenOn, List<String> competences, String text) {

        OnboardingRequests.ReflectionRequest toRequest() {
            return new OnboardingRequests.ReflectionRequest(writtenOn, competences, text);
        }
    }

    /** Hours as typed; a Dutch decimal comma is read as a point ("3,5"). */
    record TrainingForm(String title, String provider, String attendedOn, String hours, String certificate,
            List<String> competences) {

        OnboardingRequests.TrainingRequest toRequest() {
            return new OnboardingRequests.TrainingRequest(title, provider, attendedOn, number(hours), certificate,
                    competences);
        }

        static BigDecimal number(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(raw.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return NOT_A_NUMBER;
            }
        }
    }

    /** A checklist item; {@code position} as typed, {@code retired} "true" or "false". */
    record ItemForm(String title, String competence, String position, String retired) {

        /** A position that is no whole number: one no range accepts, so the service reports it. */
        static final int NOT_A_NUMBER = Integer.MIN_VALUE;

        OnboardingRequests.ItemRequest toRequest() {
            Integer number = null;
            if (position != null && !position.isBlank()) {
                try {
                    number = Integer.valueOf(position.strip());
                } catch (NumberFormatException e) {
                    number = NOT_A_NUMBER;
                }
            }
            return new OnboardingRequests.ItemRequest(title, competence, number,
                    "true".equals(retired) ? Boolean.TRUE : "false".equals(retired) ? Boolean.FALSE : null);
        }
    }
}
