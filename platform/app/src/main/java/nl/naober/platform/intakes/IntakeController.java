package nl.naober.platform.intakes;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** WMO intakes of the signed-in supporter's villages, taken under mandate; and their deadlines for the admin. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class IntakeController {

    private final IntakeService intakes;

    IntakeController(IntakeService intakes) {
        this.intakes = intakes;
    }

    /** Starts a draft from a contact; 403 (problem+json, Dutch detail) without a valid mandate for the village. */
    @PostMapping("/intakes")
    ResponseEntity<IntakeResponses.IntakeView> start(@PathVariable String municipality,
            @RequestBody IntakeRequests.IntakeDraft draft) {
        IntakeResponses.IntakeView intake = intakes.start(draft);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/intakes/" + intake.id()))
                .body(intake);
    }

    /** Drafts first, then by the nearest statutory deadline; pseudonyms only. */
    @GetMapping("/intakes")
    List<IntakeResponses.IntakeListItem> list(@PathVariable String municipality,
            @RequestParam(required = false) UUID village) {
        return intakes.list(village);
    }

    /** The intake with the BSN masked, its deadlines and where its delivery is. */
    @GetMapping("/intakes/{intakeId}")
    IntakeResponses.IntakeView show(@PathVariable String municipality, @PathVariable UUID intakeId) {
        return intakes.show(intakeId);
    }

    /** Replaces a draft's content; 409 once submitted. */
    @PutMapping("/intakes/{intakeId}")
    IntakeResponses.IntakeView update(@PathVariable String municipality, @PathVariable UUID intakeId,
            @RequestBody IntakeRequests.IntakeDraft draft) {
        return intakes.update(intakeId, draft);
    }

    /** Submits the draft with the resident's consent: the melding date is today and the delivery is queued. */
    @PostMapping("/intakes/{intakeId}/submission")
    IntakeResponses.IntakeView submit(@PathVariable String municipality, @PathVariable UUID intakeId,
            @RequestBody IntakeRequests.IntakeSubmission submission) {
        return intakes.submit(intakeId, submission);
    }

    /** Throws a draft away; 409 once submitted. */
    @DeleteMapping("/intakes/{intakeId}")
    ResponseEntity<Void> discard(@PathVariable String municipality, @PathVariable UUID intakeId) {
        intakes.discard(intakeId);
        return ResponseEntity.noContent().build();
    }

    /** For the municipal admin: submitted intakes past or near a statutory deadline, without residents. */
    @GetMapping("/intake-deadlines")
    List<IntakeResponses.DeadlineItem> deadlines(@PathVariable String municipality) {
        return intakes.nearDeadlines();
    }
}
