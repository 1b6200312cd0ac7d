package nl.naober.platform.onboarding;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.naober.kernel.Competence;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.FormOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The competences C1–C12 as the API and the pages use them: codes {@code C1}, labels per language. */
@Component
class Competences {

    private final InputReader input;

    Competences(InputReader input) {
        this.input = input;
    }

    OnboardingResponses.CompetenceRef ref(Competence competence) {
        return competence == null ? null : new OnboardingResponses.CompetenceRef(competence.name(), label(competence));
    }

    List<OnboardingResponses.CompetenceRef> refs(Collection<Competence> competences) {
        return competences.stream().sorted(Comparator.naturalOrder()).map(this::ref).toList();
    }

    /** The label in the request's language, e.g. "C9 – kan de sociale kaart opstellen en gebruiken". */
    String label(Competence competence) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return competence.name() + " – " + (english ? competence.englishLabel() : competence.dutchLabel());
    }

    List<FormOption> options() {
        return Arrays.stream(Competence.values()).map(c -> FormOption.of(c.name(), label(c))).toList();
    }

    Optional<Competence> optional(String field, String raw, InvalidInputException.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<Competence> found = parse(raw);
        if (found.isEmpty()) {
            errors.add(field, input.text("onboarding.competence.unknown", InputReader.abbreviated(raw)));
        }
        return found;
    }

    Set<Competence> several(String field, Collection<String> raw, InvalidInputException.Collector errors) {
        Set<Competence> found = EnumSet.noneOf(Competence.class);
        if (raw != null) {
            for (String code : raw) {
                if (code == null) {
                    errors.add(field, input.text("onboarding.competence.unknown", "null"));
                } else {
                    optional(field, code, errors).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static Optional<Competence> parse(String raw) {
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Competence.values()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
