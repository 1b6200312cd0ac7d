package nl.naober.platform.onboarding;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mijn ontwikkeling", the supporter's own pages: her onboarding checklist (tick an item off in one
 * tap, or open it to set the day and a note), her private reflection log and her training record.
 * Every page calls the same service methods as the API.
 */
@Controller
class DevelopmentPagesController {

    /** The success flags a redirect may carry; anything else is not shown. */
    private static final Set<String> DONE = Set.of("taak", "reflectie", "reflectie-verwijderd", "training",
            "training-verwijderd");

    private final DevelopmentService development;
    private final Competences competences;
    private final InputReader input;

    DevelopmentPagesController(DevelopmentService development, Competences competences, InputReader input) {
        this.development = development;
        this.competences = competences;
        this.input = input;
    }

    @GetMapping("/mijn-ontwikkeling")
    String overview(CurrentPage page, @RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute("checklist", development.checklist());
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "onboarding/mine";
    }

    @GetMapping("/mijn-ontwikkeling/taken/{itemId}")
    String item(CurrentPage page, @PathVariable UUID itemId, Model model) {
        OnboardingResponses.MyItem item = development.item(itemId);
        model.addAttribute(FormErrors.FORM, new DevelopmentForms.ProgressForm("true",
                item.doneOn() == null ? input.today().toString() : item.doneOn().toString(), item.note()));
        return itemPage(item, model);
    }

    /** Ticks an item off (from the list: {@code done=true} only) or saves day and note, or unticks it. */
    @PostMapping("/mijn-ontwikkeling/taken/{itemId}")
    Object record(CurrentPage page, @PathVariable UUID itemId, DevelopmentForms.ProgressForm form, Model model) {
        try {
            development.record(itemId, form.toRequest());
            return "redirect:/mijn-ontwikkeling?gelukt=taak";
        } catch (InvalidInputException e) {
            itemPage(development.item(itemId), model);
            return FormErrors.rerender("onboarding/item", form, e);
        }
    }

    @GetMapping("/mijn-ontwikkeling/reflecties")
    String reflections(CurrentPage page, @RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute(FormErrors.FORM, new DevelopmentForms.ReflectionForm(input.today().toString(), List.of(),
                null));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return reflectionPage(model);
    }

    @PostMapping("/mijn-ontwikkeling/reflecties")
    Object reflect(CurrentPage page, DevelopmentForms.ReflectionForm form, Model model) {
        try {
            development.reflect(form.toRequest());
            return "redirect:/mijn-ontwikkeling/reflecties?gelukt=reflectie";
        } catch (InvalidInputException e) {
            reflectionPage(model);
            return FormErrors.rerender("onboarding/reflections", form, e);
        }
    }

    @PostMapping("/mijn-ontwikkeling/reflecties/{reflectionId}/verwijderen")
    String forget(CurrentPage page, @PathVariable UUID reflectionId) {
        development.forgetReflection(reflectionId);
        return "redirect:/mijn-ontwikkeling/reflecties?gelukt=reflectie-verwijderd";
    }

    @GetMapping("/mijn-ontwikkeling/trainingen")
    String trainings(CurrentPage page, @RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute(FormErrors.FORM, new DevelopmentForms.TrainingForm(null, null, null, null, null,
                List.of()));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return trainingPage(model);
    }

    @PostMapping("/mijn-ontwikkeling/trainingen")
    Object addTraining(CurrentPage page, DevelopmentForms.TrainingForm form, Model model) {
        try {
            development.addTraining(form.toRequest());
            return "redirect:/mijn-ontwikkeling/trainingen?gelukt=training";
        } catch (InvalidInputException e) {
            trainingPage(model);
            return FormErrors.rerender("onboarding/trainings", form, e);
        }
    }

    @PostMapping("/mijn-ontwikkeling/trainingen/{trainingId}/verwijderen")
    String removeTraining(CurrentPage page, @PathVariable UUID trainingId) {
        development.removeTraining(trainingId);
        return "redirect:/mijn-ontwikkeling/trainingen?gelukt=training-verwijderd";
    }

    private String itemPage(OnboardingResponses.MyItem item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("doneOptions", List.of(FormOption.message("true", "onboarding.item.done.yes"),
                FormOption.message("false", "onboarding.item.done.no")));
        return "onboarding/item";
    }

    private String reflectionPage(Model model) {
        model.addAttribute("reflections", development.reflections());
        model.addAttribute("competenceOptions", competences.options());
        return "onboarding/reflections";
    }

    private String trainingPage(Model model) {
        List<OnboardingResponses.TrainingView> all = development.trainings();
        model.addAttribute("trainings", all);
        model.addAttribute("totalHours", all.stream().map(OnboardingResponses.TrainingView::hours)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("competenceOptions", competences.options());
        return "onboarding/trainings";
    }
}
