package nl.naober.platform.delivery.inbox;

import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The inbox of the WMO consultant's own municipality (the tenant edge checks the path's municipality). */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/inbox-intakes")
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    /** Sorted by the next statutory deadline, overdue flagged. */
    @GetMapping
    List<InboxResponses.InboxListItem> list(@PathVariable String municipality) {
        return inbox.list();
    }

    @GetMapping("/{intakeId}")
    InboxResponses.InboxIntakeView show(@PathVariable String municipality, @PathVariable UUID intakeId) {
        return inbox.show(intakeId);
    }

    /** The delivered PDF, with the full BSN; never cached. */
    @GetMapping("/{intakeId}/document")
    ResponseEntity<byte[]> document(@PathVariable String municipality, @PathVariable UUID intakeId) {
        InboxService.Document document = inbox.document(intakeId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @PostMapping("/{intakeId}/acceptance")
    InboxResponses.InboxIntakeView accept(@PathVariable String municipality, @PathVariable UUID intakeId) {
        return inbox.accept(intakeId);
    }

    @PostMapping("/{intakeId}/progress")
    InboxResponses.InboxIntakeView progress(@PathVariable String municipality, @PathVariable UUID intakeId,
            @RequestBody InboxRequests.ProgressUpdate update) {
        return inbox.progress(intakeId, update);
    }
}
