package nl.naober.platform.volunteers;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Help requests of the supporter's villages and their matching to volunteers. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/help-requests")
class HelpRequestController {

    private final HelpRequestService requests;

    HelpRequestController(HelpRequestService requests) {
        this.requests = requests;
    }

    @PostMapping
    ResponseEntity<VolunteerResponses.HelpRequestView> create(@PathVariable String municipality,
            @RequestBody VolunteerRequests.NewHelpRequest request) {
        VolunteerResponses.HelpRequestView created = requests.create(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/help-requests/"
                + created.id())).body(created);
    }

    @GetMapping
    List<VolunteerResponses.HelpRequestListItem> list(@PathVariable String municipality) {
        return requests.list();
    }

    /** The request with, while it is open, the volunteers who fit it, best first. */
    @GetMapping("/{helpRequestId}")
    VolunteerResponses.HelpRequestView show(@PathVariable String municipality, @PathVariable UUID helpRequestId) {
        return requests.show(helpRequestId);
    }

    @PostMapping("/{helpRequestId}/match")
    VolunteerResponses.HelpRequestView match(@PathVariable String municipality, @PathVariable UUID helpRequestId,
            @RequestBody VolunteerRequests.Match match) {
        return requests.match(helpRequestId, match);
    }

    @PostMapping("/{helpRequestId}/status")
    VolunteerResponses.HelpRequestView changeStatus(@PathVariable String municipality,
            @PathVariable UUID helpRequestId, @RequestBody VolunteerRequests.StatusChange change) {
        return requests.changeStatus(helpRequestId, change);
    }
}
