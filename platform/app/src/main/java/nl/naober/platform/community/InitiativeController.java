package nl.naober.platform.community;

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

/** Initiatives of the villages, their status history and the support given. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/initiatives")
class InitiativeController {

    private final InitiativeService initiatives;

    InitiativeController(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @PostMapping
    ResponseEntity<InitiativeResponses.InitiativeView> register(@PathVariable String municipality,
            @RequestBody InitiativeRequests.NewInitiative request) {
        InitiativeResponses.InitiativeView created = initiatives.register(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/initiatives/"
                + created.id())).body(created);
    }

    @GetMapping
    List<InitiativeResponses.InitiativeListItem> list(@PathVariable String municipality) {
        return initiatives.list();
    }

    @GetMapping("/{initiativeId}")
    InitiativeResponses.InitiativeView show(@PathVariable String municipality, @PathVariable UUID initiativeId) {
        return initiatives.show(initiativeId);
    }

    /** The next status; a completed or stopped initiative is final (409). */
    @PostMapping("/{initiativeId}/status-changes")
    ResponseEntity<InitiativeResponses.InitiativeView> changeStatus(@PathVariable String municipality,
            @PathVariable UUID initiativeId, @RequestBody InitiativeRequests.StatusChange request) {
        return ResponseEntity.status(201).body(initiatives.changeStatus(initiativeId, request));
    }

    @PostMapping("/{initiativeId}/support")
    ResponseEntity<InitiativeResponses.InitiativeView> addSupport(@PathVariable String municipality,
            @PathVariable UUID initiativeId, @RequestBody InitiativeRequests.NewSupport request) {
        return ResponseEntity.status(201).body(initiatives.addSupport(initiativeId, request));
    }
}
