package nl.naober.platform.volunteers;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The volunteer's own page behind her personal link ({@code /publiek/{municipality}/uren/{token}}):
 * no login, no session, no CSRF token (the gateway forwards it anonymously). It shows only her first
 * name, the form and her own last entries. An unknown, revoked or expired token is the public edge's
 * own "not found" page, the same as any address that does not exist, so the page tells nothing
 * about which tokens exist. The token is in the address, so the answer is never cached or sent on
 * as a referrer.
 */
@Controller
class PublicHoursController {

    static final String PATH = "/publiek/{municipality}/uren/{token}";

    private final HoursService hours;
    private final InputReader input;

    PublicHoursController(HoursService hours, InputReader input) {
        this.hours = hours;
        this.input = input;
    }

    @GetMapping(PATH)
    String page(@PathVariable String municipality, @PathVariable String token,
            @RequestParam(name = "gelukt", required = false) String saved, Model model, HttpServletResponse response)
            throws IOException {
        privateAnswer(response);
        try {
            model.addAttribute(FormErrors.FORM, new HoursForm(input.today().toString(), null, null, null, null));
            model.addAttribute("saved", saved != null);
            return show(token, model);
        } catch (ResourceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
    }

    @PostMapping(PATH)
    Object log(@PathVariable String municipality, @PathVariable String token, HoursForm form, Model model,
            HttpServletResponse response) throws IOException {
        privateAnswer(response);
        try {
            hours.log(token, form.toRequest());
            return "redirect:/publiek/" + municipality + "/uren/" + token + "?gelukt";
        } catch (InvalidInputException e) {
            model.addAttribute("saved", false);
            show(token, model);
            return FormErrors.rerender("volunteers/public-hours", form, e);
        } catch (ResourceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
    }

    /** The form as typed; the village is an id only when she serves several villages. */
    record HoursForm(String workedOn, String hours, String activity, String note, String village) {

        VolunteerRequests.LoggedHours toRequest() {
            UUID chosen;
            try {
                chosen = village == null || village.isBlank() ? null : UUID.fromString(village.strip());
            } catch (IllegalArgumentException e) {
                chosen = new UUID(0, 0);
            }
            return new VolunteerRequests.LoggedHours(workedOn, hours, activity, note, chosen);
        }
    }

    private String show(String token, Model model) {
        VolunteerResponses.HoursPage page = hours.page(token);
        model.addAttribute("hoursPage", page);
        model.addAttribute("activities", VolunteerPagesController.options(WorkKind.values(), "volunteer.work-kind."));
        model.addAttribute("villageOptions", page.villages().stream()
                .map(v -> nl.naober.platform.web.FormOption.of(v.id().toString(), v.name())).toList());
        return "volunteers/public-hours";
    }

    private static void privateAnswer(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }
}
