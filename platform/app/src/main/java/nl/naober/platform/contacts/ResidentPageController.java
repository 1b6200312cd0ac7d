package nl.naober.platform.contacts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The supporter's resident pages: her village's residents by pseudonym (a search matches names),
 * a resident opened with her data, contacts and care network (opening is audited by the service,
 * and the page says so), a new resident without a contact, and her data changed. The forms bind
 * to the API's request records, so one set of checks applies.
 */
@NotFoundPage("contacts/not-found")
@Controller
class ResidentPageController {

    static final String LIST = "/inwoners";
    static final String NEW = "/inwoners/nieuw";
    /** The success messages a redirect may ask for ({@code ?gelukt=…}). */
    private static final Set<String> DONE = Set.of("resident", "changed", "network-added", "network-removed");

    private final ResidentService residents;
    private final ContactPageSupport support;

    ResidentPageController(ResidentService residents, ContactPageSupport support) {
        this.residents = residents;
        this.support = support;
    }

    @GetMapping(LIST)
    String list(CurrentPage page, @RequestParam(name = "q", required = false) String query, Model model) {
        String search = query == null ? "" : query.strip();
        model.addAttribute("query", search);
        model.addAttribute("searched", !search.isEmpty());
        model.addAttribute("residents", page.village().map(v -> residents.list(v.id(), search)).orElse(List.of()));
        return "contacts/residents";
    }

    @GetMapping(NEW)
    String newResident(CurrentPage page, Model model) {
        model.addAttribute("form", new ContactRequests.ResidentInput(null, null, null, null));
        return "contacts/resident-new";
    }

    @PostMapping(NEW)
    Object create(CurrentPage page, @ModelAttribute("form") ContactRequests.ResidentInput form) {
        if (page.village().isEmpty()) {
            return "redirect:" + NEW;
        }
        VillageSummary village = page.village().get();
        try {
            ContactResponses.ResidentView created = residents.create(new ContactRequests.NewResident(village.id(),
                    form.name(), form.phone(), form.email(), form.address()));
            return "redirect:" + LIST + "/" + created.id() + "?gelukt=resident";
        } catch (InvalidInputException e) {
            return FormErrors.rerender("contacts/resident-new", form, e);
        }
    }

    @GetMapping(LIST + "/{residentId}")
    String show(@PathVariable UUID residentId, @RequestParam(name = "gelukt", required = false) String done,
            Model model) {
        model.addAttribute("form", new ContactRequests.NewCareNetworkMember(null, null, null, null));
        detail(residents.show(residentId), model.asMap());
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "contacts/resident";
    }

    @GetMapping(LIST + "/{residentId}/wijzigen")
    String edit(@PathVariable UUID residentId, Model model) {
        ContactResponses.ResidentView resident = residents.show(residentId);
        model.addAttribute("resident", residents.requireAccessible(residentId));
        model.addAttribute("form", new ContactRequests.ResidentInput(resident.name(), resident.phone(),
                resident.email(), resident.address()));
        return "contacts/resident-edit";
    }

    @PostMapping(LIST + "/{residentId}/wijzigen")
    Object change(@PathVariable UUID residentId, @ModelAttribute("form") ContactRequests.ResidentInput form) {
        try {
            residents.change(residentId, form);
            return "redirect:" + LIST + "/" + residentId + "?gelukt=changed";
        } catch (InvalidInputException e) {
            ModelAndView again = FormErrors.rerender("contacts/resident-edit", form, e);
            // the title's pseudonym only: the data shown are the ones she typed
            again.addObject("resident", residents.requireAccessible(residentId));
            return again;
        }
    }

    @PostMapping(LIST + "/{residentId}/netwerk")
    Object addCareNetworkMember(@PathVariable UUID residentId,
            @ModelAttribute("form") ContactRequests.NewCareNetworkMember form) {
        try {
            residents.addCareNetworkMember(residentId, form);
            return "redirect:" + LIST + "/" + residentId + "?gelukt=network-added";
        } catch (InvalidInputException e) {
            ModelAndView again = FormErrors.rerender("contacts/resident", form, e);
            detail(residents.show(residentId), again.getModelMap());
            return again;
        }
    }

    @PostMapping(LIST + "/{residentId}/netwerk/{memberId}/verwijderen")
    String removeCareNetworkMember(@PathVariable UUID residentId, @PathVariable UUID memberId) {
        residents.removeCareNetworkMember(residentId, memberId);
        return "redirect:" + LIST + "/" + residentId + "?gelukt=network-removed";
    }

    private void detail(ContactResponses.ResidentView resident, Map<String, Object> model) {
        Function<List<String>, List<String>> themes = support.themeLabels();
        model.put("resident", resident);
        // the data-subject export is the API's (JSON or PDF), under this municipality's path
        model.put("municipalitySlug", nl.naober.tenants.TenantContext.require().slug());
        model.put("contacts", resident.contacts().stream()
                .map(c -> new ContactPageController.ContactRow(c, themes.apply(c.themes()))).toList());
        model.put("relations", ContactPageSupport.careRelationOptions());
    }
}
