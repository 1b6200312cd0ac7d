package nl.naober.platform.contactrequests;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.security.ClientAddress;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public contact form of a village (no login): the form, the submission (Post/Redirect/Get to
 * a thank-you page that shows nothing of what was sent) and the page for too many submissions.
 * A bot that fills the honeypot sees the same thank-you page as a person, so it learns nothing.
 */
@Controller
class ContactFormController {

    static final String FORM = "/publiek/{municipality}/{village}/contact";
    static final String THANKS = FORM + "/bedankt";

    private final ContactRequestService requests;
    private final VillageDirectory villages;

    ContactFormController(ContactRequestService requests, VillageDirectory villages) {
        this.requests = requests;
        this.villages = villages;
    }

    @GetMapping(FORM)
    ModelAndView form(@PathVariable String municipality, @PathVariable String village) {
        return village(village).map(v -> form(municipality, v, ContactRequestForm.empty(), HttpStatus.OK))
                .orElseGet(ContactFormController::notFound);
    }

    @PostMapping(FORM)
    ModelAndView submit(@PathVariable String municipality, @PathVariable String village, ContactRequestForm form,
            HttpServletRequest request) {
        Optional<VillageSummary> found = village(village);
        if (found.isEmpty()) {
            return notFound();
        }
        ContactRequestService.Outcome outcome;
        try {
            outcome = requests.submit(found.get(), form, ClientAddress.of(request));
        } catch (InvalidInputException e) {
            ModelAndView page = form(municipality, found.get(), form, FormErrors.STATUS);
            page.addObject(FormErrors.VIOLATIONS, e.violations());
            return page;
        }
        if (outcome == ContactRequestService.Outcome.LIMITED) {
            ModelAndView page = new ModelAndView("contactrequests/limited", HttpStatus.TOO_MANY_REQUESTS);
            page.addObject("village", found.get());
            page.addObject("villagePath", villagePath(municipality, found.get()));
            page.addObject("noindex", true);
            return page;
        }
        RedirectView thanks = new RedirectView(villagePath(municipality, found.get()) + "/contact/bedankt", true);
        thanks.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(thanks);
    }

    @GetMapping(THANKS)
    ModelAndView thanks(@PathVariable String municipality, @PathVariable String village) {
        return village(village).map(v -> {
            ModelAndView page = new ModelAndView("contactrequests/thanks");
            page.addObject("village", v);
            page.addObject("villagePath", villagePath(municipality, v));
            page.addObject("noindex", true);
            return page;
        }).orElseGet(ContactFormController::notFound);
    }

    private static ModelAndView form(String municipality, VillageSummary village, ContactRequestForm form,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("contactrequests/form", status);
        page.addObject(FormErrors.FORM, form);
        page.addObject("village", village);
        page.addObject("villagePath", villagePath(municipality, village));
        page.addObject("canonical", villagePath(municipality, village) + "/contact");
        page.addObject("maxMessage", ContactRequestService.MAX_MESSAGE);
        page.addObject("consentOptions", List.of(FormOption.message("true", "contact-request.field.consent.option")));
        return page;
    }

    private Optional<VillageSummary> village(String slug) {
        if (slug == null || slug.length() > 90 || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return Optional.empty();
        }
        return villages.findBySlug(slug).filter(VillageSummary::active);
    }

    private static String villagePath(String municipality, VillageSummary village) {
        return "/publiek/" + municipality + "/" + village.slug();
    }

    private static ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }
}
