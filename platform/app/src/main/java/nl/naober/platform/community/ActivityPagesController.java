package nl.naober.platform.community;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
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

/**
 * "Activiteiten & initiatieven": the supporter's overview of the village she works for now (its
 * activities of the last year with their totals, its initiatives and associations), registering an
 * activity, and one activity. Every page calls the service methods of the API, so the same checks of
 * role, village and input apply.
 */
@NotFoundPage("community/not-found")
@Controller
class ActivityPagesController {

    /** Success flags after a redirect; only these are shown. */
    static final List<String> SAVED = List.of("activiteit", "initiatief", "vereniging");

    private final ActivityService activities;
    private final InitiativeService initiatives;
    private final AssociationService associations;
    private final InputReader input;

    ActivityPagesController(ActivityService activities, InitiativeService initiatives,
            AssociationService associations, InputReader input) {
        this.activities = activities;
        this.initiatives = initiatives;
        this.associations = associations;
        this.input = input;
    }

    @GetMapping("/activiteiten")
    String overview(CurrentPage page, @RequestParam(name = "gelukt", required = false) String saved, Model model) {
        UUID village = page.village().map(VillageSummary::id).orElse(null);
        model.addAttribute("saved", saved != null && SAVED.contains(saved) ? saved : null);
        model.addAttribute("activities", village == null ? null : activities.list(null, null, village));
        model.addAttribute("initiatives", village == null ? List.of() : initiatives.list().stream()
                .filter(i -> i.village().equals(village)).toList());
        model.addAttribute("associations", village == null ? List.of() : associations.list().stream()
                .filter(a -> a.villages().stream().anyMatch(v -> v.id().equals(village))).toList());
        return "community/overview";
    }

    @GetMapping("/activiteiten/nieuw")
    String newActivity(CurrentPage page, @RequestParam(name = "initiatief", required = false) String initiative,
            @RequestParam(name = "vereniging", required = false) String association, Model model) {
        ActivityForm start = ActivityForm.startingOn(input.today());
        model.addAttribute(FormErrors.FORM, new ActivityForm(start.kind(), start.title(), start.heldOn(),
                start.participants(), start.volunteers(), start.volunteerHours(), start.supporterMinutes(),
                initiative == null ? "" : initiative, association == null ? "" : association, start.note()));
        return activityForm(page, model);
    }

    @PostMapping("/activiteiten/nieuw")
    Object register(CurrentPage page, ActivityForm form, Model model) {
        try {
            activities.register(form.toRequest(page.village().map(VillageSummary::id).orElse(null)));
            return "redirect:/activiteiten?gelukt=activiteit";
        } catch (InvalidInputException e) {
            activityForm(page, model);
            return FormErrors.rerender("community/activity-new", form, e);
        }
    }

    @GetMapping("/activiteiten/{activityId}")
    String show(@PathVariable UUID activityId, Model model) {
        model.addAttribute("activity", activities.show(activityId));
        return "community/activity";
    }

    private String activityForm(CurrentPage page, Model model) {
        UUID village = page.village().map(VillageSummary::id).orElse(null);
        model.addAttribute("kinds", CommunityOptions.of(ActivityKind.values(), "activity-kind"));
        List<FormOption> initiativeOptions = new ArrayList<>();
        List<FormOption> associationOptions = new ArrayList<>();
        if (village != null) {
            initiatives.choicesIn(village).forEach(i -> initiativeOptions.add(FormOption.of(i.id().toString(),
                    i.name())));
            associations.choicesIn(village).forEach(a -> associationOptions.add(FormOption.of(a.id().toString(),
                    a.name())));
        }
        // radios, not a select: big tap targets (UI.md), with "none" as the first choice
        model.addAttribute("hasInitiatives", !initiativeOptions.isEmpty());
        model.addAttribute("hasAssociations", !associationOptions.isEmpty());
        initiativeOptions.addFirst(FormOption.message("", "community.field.initiative.none"));
        associationOptions.addFirst(FormOption.message("", "community.field.association.none"));
        model.addAttribute("initiativeOptions", initiativeOptions);
        model.addAttribute("associationOptions", associationOptions);
        model.addAttribute("earliest", activities.earliest());
        return "community/activity-new";
    }
}
