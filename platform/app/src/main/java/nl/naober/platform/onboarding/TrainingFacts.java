package nl.naober.platform.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import nl.naober.kernel.Competence;

/** The checked facts of a training. */
record TrainingFacts(String title, String provider, LocalDate attendedOn, BigDecimal hours, String certificate,
        Set<Competence> competences) {
}
