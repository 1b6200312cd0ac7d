package nl.naober.platform.community;

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
import org.springframework.web.servlet.ModelAndView;

/**
 * The association pages: a new association, and one association with its contact persons (add,
 * remove) and its contact log (add). Opening it is audited by the service, and the page says so.
 */
@NotFoundPage("community/not-found")
@Controller
class AssociationPagesController {

    private final AssociationService associations;
    private final ActivityService activities;
    private final InputReader input;

    AssociationPagesController(AssociationService associations, ActivityService activities, InputReader input) {
        this.associations = associations;
        this.activities = activities;
        this.input = input;
    }

    @GetMapping("/verenigingen/nieuw")
    String newAssociation(CurrentPage page, Model model) {
        model.addAttribute(FormErrors.FORM, AssociationForm.startingIn(page.village().map(VillageSummary::id)
                .orElse(null)));
        return associationForm(page, model);
    }

    @PostMapping("/verenigingen/nieuw")
    Object register(CurrentPage page, AssociationForm form, Model model) {
        try {
            AssociationResponses.AssociationView created = associations.register(form.toRequest());
            return "redirect:/verenigingen/" + created.id() + "?gelukt=vereniging";
        } catch (InvalidInputException e) {
            associationForm(page, model);
            return FormErrors.rerender("community/association-new", form, e);
        }
    }

    @GetMapping("/verenigingen/{associationId}")
    String show(@PathVariable UUID associationId, @RequestParam(name = "gelukt", required = false) String saved,
            Model model) {
        model.addAttribute("saved", saved != null && List.of("vereniging", "contactpersoon", "verwijderd", "contactmoment")
                .contains(saved) ? saved : null);
        detail(associationId, model);
        model.addAttribute("personForm", new AssociationRequests.NewContactPerson(null, null, null, null));
        model.addAttribute("contactForm", newContact());
        return "community/association";
    }

    @PostMapping("/verenigingen/{associationId}/contactpersonen")
    Object addContactPerson(@PathVariable UUID associationId, AssociationRequests.NewContactPerson form,
            Model model) {
        try {
            associations.addContactPerson(associationId, form);
            return "redirect:/verenigingen/" + associationId + "?gelukt=contactpersoon";
        } catch (InvalidInputException e) {
            ModelAndView again = again(associationId, e.violations(), model);
            again.addObject("personForm", form);
            again.addObject("contactForm", newContact());
            return again;
        }
    }

    @PostMapping("/verenigingen/{associationId}/contactpersonen/{personId}/verwijderen")
    String removeContactPerson(@PathVariable UUID associationId, @PathVariable UUID personId) {
        associations.removeContactPerson(associationId, personId);
        return "redirect:/verenigingen/" + associationId + "?gelukt=verwijderd";
    }

    @PostMapping("/verenigingen/{associationId}/contactmomenten")
    Object logContact(@PathVariable UUID associationId, AssociationRequests.NewContact form, Model model) {
        try {
            associations.logContact(associationId, form);
            return "redirect:/verenigingen/" + associationId + "?gelukt=contactmoment";
        } catch (InvalidInputException e) {
            ModelAndView again = again(associationId, e.violations(), model);
            again.addObject("personForm", new AssociationRequests.NewContactPerson(null, null, null, null));
            again.addObject("contactForm", form);
            return again;
        }
    }

    private AssociationRequests.NewContact newContact() {
        return new AssociationRequests.NewContact(input.today().toString(), null, null, null, null);
    }

    private ModelAndView again(UUID associationId, List<InvalidInputException.Violation> violations, Model model) {
        detail(associationId, model);
        ModelAndView page = FormErrors.rerender("community/association", null, violations);
        page.addAllObjects(model.asMap());
        page.addObject("saved", null);
        return page;
    }

    private void detail(UUID associationId, Model model) {
        AssociationResponses.AssociationView association = associations.show(associationId);
        model.addAttribute("association", association);
        model.addAttribute("associationActivities", activities.ofAssociation(association.id()));
        model.addAttribute("channels", CommunityOptions.of(ContactChannel.values(), "channel"));
    }

    private String associationForm(CurrentPage page, Model model) {
        model.addAttribute("kinds", CommunityOptions.of(AssociationKind.values(), "association-kind"));
        model.addAttribute("villageOptions", page.villages().stream()
                .map(v -> FormOption.of(v.id().toString(), v.name())).toList());
        model.addAttribute("chooseVillages", page.villages().size() > 1);
        return "community/association-new";
    }
}
