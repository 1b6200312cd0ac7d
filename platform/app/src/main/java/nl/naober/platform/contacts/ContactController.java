package nl.naober.platform.contacts;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts and the follow-up agenda of the signed-in supporter. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class ContactController {

    private final ContactService contacts;

    ContactController(ContactService contacts) {
        this.contacts = contacts;
    }

    @PostMapping("/contacts")
    ResponseEntity<ContactResponses.ContactView> register(@PathVariable String municipality,
            @RequestBody ContactRequests.NewContact request) {
        ContactResponses.ContactView contact = contacts.register(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/contacts/" + contact.id()))
                .body(contact);
    }

    /** Contacts of the supporter's villages in a period (default: the last 90 days), newest first. */
    @GetMapping("/contacts")
    List<ContactResponses.ContactListItem> list(@PathVariable String municipality,
            @RequestParam(required = false) UUID village,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return contacts.list(village, from, to);
    }

    @GetMapping("/contacts/{contactId}")
    ContactResponses.ContactView show(@PathVariable String municipality, @PathVariable UUID contactId) {
        return contacts.show(contactId);
    }

    @PostMapping("/contacts/{contactId}/follow-up-completion")
    ContactResponses.ContactListItem completeFollowUp(@PathVariable String municipality,
            @PathVariable UUID contactId) {
        return contacts.completeFollowUp(contactId);
    }

    /** The signed-in supporter's open follow-ups, overdue first. */
    @GetMapping("/follow-ups")
    List<ContactResponses.FollowUpItem> followUps(@PathVariable String municipality) {
        return contacts.followUps();
    }
}
