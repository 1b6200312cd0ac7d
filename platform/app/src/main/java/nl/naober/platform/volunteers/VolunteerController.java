package nl.naober.platform.volunteers;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The volunteer register of the signed-in supporter's villages, with VOGs and hours links. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/volunteers")
class VolunteerController {

    private final VolunteerService volunteers;
    private final VolunteerDataExport export;

    VolunteerController(VolunteerService volunteers, VolunteerDataExport export) {
        this.export = export;
        this.volunteers = volunteers;
    }

    @PostMapping
    ResponseEntity<VolunteerResponses.VolunteerView> register(@PathVariable String municipality,
            @RequestBody VolunteerRequests.VolunteerData request) {
        VolunteerResponses.VolunteerView created = volunteers.register(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/volunteers/"
                + created.id())).body(created);
    }

    @GetMapping
    List<VolunteerResponses.VolunteerListItem> list(@PathVariable String municipality) {
        return volunteers.list();
    }

    @GetMapping("/{volunteerId}")
    VolunteerResponses.VolunteerView show(@PathVariable String municipality, @PathVariable UUID volunteerId) {
        return volunteers.show(volunteerId);
    }

    @PutMapping("/{volunteerId}")
    VolunteerResponses.VolunteerView change(@PathVariable String municipality, @PathVariable UUID volunteerId,
            @RequestBody VolunteerRequests.VolunteerData request) {
        return volunteers.change(volunteerId, request);
    }

    @PostMapping("/{volunteerId}/vogs")
    ResponseEntity<VolunteerResponses.VogView> recordVog(@PathVariable String municipality,
            @PathVariable UUID volunteerId, @RequestBody VolunteerRequests.NewVog request) {
        return ResponseEntity.status(201).body(volunteers.recordVog(volunteerId, request));
    }

    /** A new personal link; the token is in this answer only. */
    @PostMapping("/{volunteerId}/hours-link")
    ResponseEntity<VolunteerResponses.CreatedLink> createLink(@PathVariable String municipality,
            @PathVariable UUID volunteerId, @RequestBody(required = false) VolunteerRequests.NewHoursLink request) {
        return ResponseEntity.status(201).header("Cache-Control", "no-store")
                .body(volunteers.createLink(volunteerId, request));
    }

    /**
     * Everything Naober keeps about the volunteer (AVG art. 15 and 20), for the supporter who answers
     * her request: JSON by default, PDF with {@code Accept: application/pdf} or {@code ?format=pdf}.
     * Audited.
     */
    @GetMapping("/{volunteerId}/data-export")
    ResponseEntity<byte[]> dataExport(@PathVariable String municipality, @PathVariable UUID volunteerId,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        return export.export(volunteerId, format, accept).asDownload();
    }

    @DeleteMapping("/{volunteerId}/hours-link")
    ResponseEntity<Void> revokeLink(@PathVariable String municipality, @PathVariable UUID volunteerId) {
        volunteers.revokeLink(volunteerId);
        return ResponseEntity.noContent().build();
    }
}
