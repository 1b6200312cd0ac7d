package nl.naober.platform.contactrequests;

import java.util.UUID;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /contactverzoeken}: the supporter's inbox (when and where only), one request with what the
 * resident wrote (audited), marking it handled and a link to record a new contact from it.
 */
@NotFoundPage("contactrequests/not-found")
@Controller
class ContactRequestPagesController {

    static final String PATH = "/contactverzoeken";

    private final ContactRequestService requests;

    ContactRequestPagesController(ContactRequestService requests) {
        this.requests = requests;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("requests", requests.list());
        return "contactrequests/list";
    }

    @GetMapping(PATH + "/{contactRequestId}")
    String show(@PathVariable UUID contactRequestId,
            @RequestParam(name = "afgehandeld", required = false) String handled, Model model) {
        model.addAttribute("request", requests.show(contactRequestId));
        model.addAttribute("justHandled", handled != null);
        return "contactrequests/detail";
    }

    @PostMapping(PATH + "/{contactRequestId}/afgehandeld")
    String markHandled(@PathVariable UUID contactRequestId) {
        requests.markHandled(contactRequestId);
        return "redirect:" + PATH + "/" + contactRequestId + "?afgehandeld";
    }
}
