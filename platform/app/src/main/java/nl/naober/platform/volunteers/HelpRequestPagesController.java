package nl.naober.platform.volunteers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The help request pages of the supporter: the list, a new request from a recent contact of the
 * selected village, and one request with the volunteers who fit, ranked and explained in words, to
 * confirm one; then done or cancelled.
 */
@NotFoundPage("volunteers/not-found")
@Controller
class HelpRequestPagesController {

    /** How far back the contacts to choose from go. */
    static final int CONTACT_DAYS = 90;
    /** A phone-sized list of choices. */
    static final int MAX_CONTACTS = 30;
    static final Set<String> SUCCESS = Set.of("opgeslagen", "gekoppeld", "afgesloten");

    private final HelpRequestService requests;
    private final ContactLookup contacts;
    private final InputReader input;

    HelpRequestPagesController(HelpRequestService requests, ContactLookup contacts, InputReader input) {
        this.requests = requests;
        this.contacts = contacts;
        this.input = input;
    }

    @GetMapping("/hulpvragen")
    String list(CurrentPage page, Model model) {
        model.addAttribute("requests", requests.list());
        model.addAttribute("villageNames", VolunteerPagesController.villageNames(page));
        model.addAttribute("showVillage", page.villages().size() > 1);
        return "volunteers/help-requests";
    }

    @GetMapping("/hulpvragen/nieuw")
    String newRequest(CurrentPage page, @RequestParam(name = "contact", required = false) String contact,
            Model model) {
        model.addAttribute(FormErrors.FORM, new HelpRequestForm(contact, null, null,
                input.today().plusDays(1).toString(), null, null));
        return form(page, model);
    }

    @PostMapping("/hulpvragen/nieuw")
    Object create(CurrentPage page, HelpRequestForm form, Model model) {
        try {
            return "redirect:/hulpvragen/" + requests.create(form.toRequest()).id() + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            form(page, model);
            return FormErrors.rerender("volunteers/help-request-new", form, e);
        }
    }

    @GetMapping("/hulpvragen/{helpRequestId}")
    String show(CurrentPage page, @PathVariable UUID helpRequestId,
            @RequestParam(name = "gelukt", required = false) String success, Model model) {
        model.addAttribute("success", success != null && SUCCESS.contains(success) ? success : null);
        model.addAttribute(FormErrors.FORM, new MatchForm(null, null));
        return detail(page, requests.show(helpRequestId), model);
    }

    @PostMapping("/hulpvragen/{helpRequestId}/koppelen")
    Object match(CurrentPage page, @PathVariable UUID helpRequestId, MatchForm form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            requests.match(helpRequestId, new VolunteerRequests.Match(form.volunteer()));
            return "redirect:/hulpvragen/" + helpRequestId + "?gelukt=gekoppeld";
        } catch (InvalidInputException e) {
            violations = e.violations();
        } catch (ResourceConflictException e) {
            violations = List.of(new InvalidInputException.Violation("volunteerId", e.getMessage()));
        }
        detail(page, requests.show(helpRequestId), model);
        return FormErrors.rerender("volunteers/help-request", form, violations);
    }

    @PostMapping("/hulpvragen/{helpRequestId}/status")
    Object changeStatus(CurrentPage page, @PathVariable UUID helpRequestId, MatchForm form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            requests.changeStatus(helpRequestId, new VolunteerRequests.StatusChange(form.status()));
            return "redirect:/hulpvragen/" + helpRequestId + "?gelukt=afgesloten";
        } catch (InvalidInputException e) {
            violations = e.violations();
        } catch (ResourceConflictException e) {
            violations = List.of(new InvalidInputException.Violation("status", e.getMessage()));
        }
        detail(page, requests.show(helpRequestId), model);
        return FormErrors.rerender("volunteers/help-request", form, violations);
    }

    /** The forms of a request's page: the volunteer confirmed, or how it ended. */
    record MatchForm(String volunteerId, String status) {

        UUID volunteer() {
            try {
                return volunteerId == null || volunteerId.isBlank() ? null : UUID.fromString(volunteerId.strip());
            } catch (IllegalArgumentException e) {
                return new UUID(0, 0);
            }
        }
    }

    private String detail(CurrentPage page, VolunteerResponses.HelpRequestView request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("villageName", VolunteerPagesController.villageNames(page).get(request.village()));
        boolean matched = "matched".equals(request.status());
        model.addAttribute("statusOptions", matched
                ? List.of(FormOption.message("done", "volunteer.help.status.done"),
                        FormOption.message("cancelled", "volunteer.help.status.cancelled"))
                : List.of(FormOption.message("cancelled", "volunteer.help.status.cancelled")));
        model.addAttribute("mayClose", matched || "open".equals(request.status()));
        return "volunteers/help-request";
    }

    private String form(CurrentPage page, Model model) {
        UUID village = page.village().map(VillageSummary::id).orElse(null);
        LocalDate today = input.today();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        model.addAttribute("contactOptions", village == null ? List.of() : contacts.recentInVillage(village,
                        today.minusDays(CONTACT_DAYS - 1L), today, MAX_CONTACTS).stream()
                .map(c -> FormOption.of(c.id().toString(), input.text("volunteer.help.contact.option",
                        dates.format(c.date()), Objects.requireNonNullElse(c.residentPseudonym(),
                                input.text("volunteer.help.contact.anonymous")))))
                .toList());
        model.addAttribute("contactDays", CONTACT_DAYS);
        model.addAttribute("skillOptions", VolunteerPagesController.options(Skill.values(), "volunteer.skill."));
        model.addAttribute("workKindOptions", VolunteerPagesController.options(WorkKind.values(),
                "volunteer.work-kind."));
        model.addAttribute("partOptions", VolunteerPagesController.options(PartOfDay.values(), "volunteer.part."));
        return "volunteers/help-request-new";
    }
}
