package nl.naober.platform.community;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Village activities; {@code GET} takes a period ({@code from}, {@code to}, default the last year). */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/activities")
class ActivityController {

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @PostMapping
    ResponseEntity<ActivityResponses.ActivityView> register(@PathVariable String municipality,
            @RequestBody ActivityRequests.NewActivity request) {
        ActivityResponses.ActivityView created = activities.register(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/activities/"
                + created.id())).body(created);
    }

    @GetMapping
    ActivityResponses.ActivityList list(@PathVariable String municipality,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID village) {
        return activities.list(from, to, village);
    }

    @GetMapping("/{activityId}")
    ActivityResponses.ActivityView show(@PathVariable String municipality, @PathVariable UUID activityId) {
        return activities.show(activityId);
    }
}
