package nl.naober.platform.onboarding;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
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
 * "Inwerken", the municipal administrator's pages: the progress of every supporter (done of total,
 * trainings), one supporter's items and trainings, and the checklist itself (add, rename, reorder,
 * retire). No page shows a supporter's notes or reflections: the service gives none.
 */
@Controller
class OnboardingPagesController {

    private static final Set<String> DONE = Set.of("taak-toegevoegd", "taak-gewijzigd");

    private final ChecklistService checklist;
    private final Competences competences;

    OnboardingPagesController(ChecklistService checklist, Competences competences) {
        this.checklist = checklist;
        this.competences = competences;
    }

    @GetMapping("/inwerken")
    String overview(CurrentPage page, Model model) {
        model.addAttribute("supporters", checklist.overview());
        return "onboarding/progress";
    }

    @GetMapping("/inwerken/{supporterId}")
    String supporter(CurrentPage page, @PathVariable UUID supporterId, Model model) {
        model.addAttribute("supporter", checklist.supporter(supporterId));
        return "onboarding/supporter";
    }

    @GetMapping("/inwerken/checklist")
    String items(CurrentPage page, @RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute(FormErrors.FORM, new DevelopmentForms.ItemForm(null, "", null, null));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return itemsPage(model);
    }

    @PostMapping("/inwerken/checklist")
    Object add(CurrentPage page, DevelopmentForms.ItemForm form, Model model) {
        try {
            checklist.add(form.toRequest());
            return "redirect:/inwerken/checklist?gelukt=taak-toegevoegd";
        } catch (InvalidInputException e) {
            itemsPage(model);
            return FormErrors.rerender("onboarding/checklist", form, e);
        }
    }

    @GetMapping("/inwerken/checklist/{itemId}")
    String item(CurrentPage page, @PathVariable UUID itemId, Model model) {
        OnboardingResponses.ItemView item = checklist.item(itemId);
        model.addAttribute(FormErrors.FORM, new DevelopmentForms.ItemForm(item.title(),
                item.competence() == null ? "" : item.competence().code(), String.valueOf(item.position()),
                String.valueOf(item.retired())));
        return itemPage(item, model);
    }

    @PostMapping("/inwerken/checklist/{itemId}")
    Object change(CurrentPage page, @PathVariable UUID itemId, DevelopmentForms.ItemForm form, Model model) {
        try {
            checklist.change(itemId, form.toRequest());
            return "redirect:/inwerken/checklist?gelukt=taak-gewijzigd";
        } catch (InvalidInputException e) {
            itemPage(checklist.item(itemId), model);
            return FormErrors.rerender("onboarding/checklist-item", form, e);
        }
    }

    /** The competences as big tap targets (UI.md: radios, not a select), and "none" first. */
    private List<FormOption> itemCompetenceOptions() {
        List<FormOption> options = new java.util.ArrayList<>();
        options.add(FormOption.message("", "onboarding.field.competence.none"));
        options.addAll(competences.options());
        return options;
    }

    private String itemsPage(Model model) {
        model.addAttribute("items", checklist.items());
        model.addAttribute("itemCompetenceOptions", itemCompetenceOptions());
        return "onboarding/checklist";
    }

    private String itemPage(OnboardingResponses.ItemView item, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("itemCompetenceOptions", itemCompetenceOptions());
        model.addAttribute("retiredOptions", List.of(FormOption.message("false", "onboarding.item.in-use"),
                FormOption.message("true", "onboarding.item.retired")));
        return "onboarding/checklist-item";
    }
}
