package nl.naober.platform.delivery.inbox;

import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.web.FormErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The WMO consultant's "Meldingen": the inbox by deadline, one intake with its accept and progress
 * forms, and the PDF. The pages call the API's service methods, so validation and audit are the same.
 */
@Controller
class InboxPagesController {

    private final InboxService inbox;

    InboxPagesController(InboxService inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/meldingen")
    String list(Model model) {
        model.addAttribute("intakes", inbox.list());
        return "delivery/inbox-list";
    }

    @GetMapping("/meldingen/{intakeId}")
    String detail(@PathVariable UUID intakeId, Model model) {
        model.addAttribute("intake", inbox.show(intakeId));
        model.addAttribute(FormErrors.FORM, new InboxRequests.ProgressUpdate(null, null, null, null, null));
        return "delivery/inbox-detail";
    }

    @GetMapping("/meldingen/{intakeId}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID intakeId) {
        InboxService.Document document = inbox.document(intakeId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @PostMapping("/meldingen/{intakeId}/accepteren")
    String accept(@PathVariable UUID intakeId) {
        inbox.accept(intakeId);
        return "redirect:/meldingen/" + intakeId + "?opgeslagen";
    }

    @PostMapping("/meldingen/{intakeId}/voortgang")
    Object progress(@PathVariable UUID intakeId, InboxRequests.ProgressUpdate form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            inbox.progress(intakeId, form);
            return "redirect:/meldingen/" + intakeId + "?opgeslagen";
        } catch (InvalidInputException e) {
            violations = e.violations();
        }
        model.addAttribute("intake", inbox.show(intakeId));
        return FormErrors.rerender("delivery/inbox-detail", form, violations);
    }
}
