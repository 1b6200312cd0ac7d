package nl.naober.platform.contactrequests;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in supporter's inbox of contact requests from the public form of her villages. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/contact-requests")
class ContactRequestController {

    private final ContactRequestService requests;

    ContactRequestController(ContactRequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    List<ContactRequestResponses.Summary> list(@PathVariable String municipality) {
        return requests.list();
    }

    /** One request with what the resident wrote; audited as a read. */
    @GetMapping("/{contactRequestId}")
    ContactRequestResponses.Detail show(@PathVariable String municipality, @PathVariable UUID contactRequestId) {
        return requests.show(contactRequestId);
    }

    @PostMapping("/{contactRequestId}/handled")
    ContactRequestResponses.Detail markHandled(@PathVariable String municipality,
            @PathVariable UUID contactRequestId) {
        return requests.markHandled(contactRequestId);
    }
}
