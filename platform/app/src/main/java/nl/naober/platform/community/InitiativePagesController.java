package nl.naober.platform.community;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.platform.contacts.ContactThemes;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The initiative pages: a new initiative for the selected village, and one initiative with its
 * history, its support, its activities and two forms (the next status; support given). The two forms
 * have distinct field names, so an error shows at the one field it belongs to.
 */
@NotFoundPage("community/not-found")
@Controller
class InitiativePagesController {

    private final InitiativeService initiatives;
    private final ActivityService activities;
    private final ContactThemes themes;
    private final InputReader input;

    InitiativePagesController(InitiativeService initiatives, ActivityService activities, ContactThemes themes,
            InputReader input) {
        this.initiatives = initiatives;
        this.activities = activities;
        this.themes = themes;
        this.input = input;
    }

    @GetMapping("/initiatieven/nieuw")
    String newInitiative(Model model) {
        model.addAttribute(FormErrors.FORM, InitiativeForm.startingOn(input.today()));
        return initiativeForm(model);
    }

    @PostMapping("/initiatieven/nieuw")
    Object register(CurrentPage page, InitiativeForm form, Model model) {
        try {
            InitiativeResponses.InitiativeView created = initiatives.register(
                    form.toRequest(page.village().map(VillageSummary::id).orElse(null)));
            return "redirect:/initiatieven/" + created.id() + "?gelukt=initiatief";
        } catch (InvalidInputException e) {
            initiativeForm(model);
            return FormErrors.rerender("community/initiative-new", form, e);
        }
    }

    @GetMapping("/initiatieven/{initiativeId}")
    String show(@PathVariable UUID initiativeId, @RequestParam(name = "gelukt", required = false) String saved,
            Model model) {
        model.addAttribute("saved", saved != null && List.of("initiatief", "status", "steun").contains(saved) ? saved : null);
        detail(initiatives.show(initiativeId), model);
        model.addAttribute("statusForm", new InitiativeRequests.StatusChange(null, input.today().toString(), null));
        model.addAttribute("supportForm", SupportForm.startingOn(input.today()));
        return "community/initiative";
    }

    @PostMapping("/initiatieven/{initiativeId}/status")
    Object changeStatus(@PathVariable UUID initiativeId, InitiativeRequests.StatusChange form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            initiatives.changeStatus(initiativeId, form);
            return "redirect:/initiatieven/" + initiativeId + "?gelukt=status";
        } catch (InvalidInputException e) {
            violations = e.violations();
        } catch (ResourceConflictException e) {
            violations = List.of(new InvalidInputException.Violation("status", e.getMessage()));
        }
        ModelAndView again = again(initiativeId, violations, model);
        again.addObject("statusForm", form);
        again.addObject("supportForm", SupportForm.startingOn(input.today()));
        return again;
    }

    @PostMapping("/initiatieven/{initiativeId}/steun")
    Object addSupport(@PathVariable UUID initiativeId, SupportForm form, Model model) {
        try {
            initiatives.addSupport(initiativeId, form.toRequest());
            return "redirect:/initiatieven/" + initiativeId + "?gelukt=steun";
        } catch (InvalidInputException e) {
            ModelAndView again = again(initiativeId, e.violations(), model);
            again.addObject("statusForm", new InitiativeRequests.StatusChange(null, input.today().toString(), null));
            again.addObject("supportForm", form);
            return again;
        }
    }

    private ModelAndView again(UUID initiativeId, List<InvalidInputException.Violation> violations, Model model) {
        detail(initiatives.show(initiativeId), model);
        ModelAndView page = FormErrors.rerender("community/initiative", null, violations);
        page.addAllObjects(model.asMap());
        page.addObject("saved", null);
        return page;
    }

    private void detail(InitiativeResponses.InitiativeView initiative, Model model) {
        model.addAttribute("initiative", initiative);
        model.addAttribute("initiativeActivities", activities.ofInitiative(initiative.id()));
        List<FormOption> next = new ArrayList<>();
        for (InitiativeStatus status : InitiativeStatus.values()) {
            if (!nl.naober.platform.input.CodedValue.code(status).equals(initiative.status())) {
                next.add(FormOption.message(nl.naober.platform.input.CodedValue.code(status),
                        "community.initiative-status." + nl.naober.platform.input.CodedValue.code(status)));
            }
        }
        model.addAttribute("nextStatuses", next);
        model.addAttribute("supportKinds", CommunityOptions.of(SupportKind.values(), "support-kind"));
    }

    private String initiativeForm(Model model) {
        model.addAttribute("initiatorKinds", CommunityOptions.of(InitiatorKind.values(), "initiators"));
        model.addAttribute("statuses", CommunityOptions.of(InitiativeStatus.values(), "initiative-status"));
        List<FormOption> themeOptions = new ArrayList<>();
        themeOptions.add(FormOption.message("", "community.theme.none"));
        themes.all().stream().filter(ContactThemes.ThemeSummary::active)
                .forEach(t -> themeOptions.add(FormOption.of(t.code(), t.label())));
        model.addAttribute("themes", themeOptions);
        return "community/initiative-new";
    }
}
