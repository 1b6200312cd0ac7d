package nl.naober.platform.villages;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Villages of one municipality. The municipality in the path has already been checked against the
 * caller's token and selected as the tenant of this request.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/villages")
class VillageController {

    private final VillageService villages;

    VillageController(VillageService villages) {
        this.villages = villages;
    }

    /** Villages by name; {@code status=active} (default), {@code archived} or {@code all}. */
    @GetMapping
    List<VillageResponse> list(@PathVariable String municipality,
            @RequestParam(defaultValue = "active") String status) {
        return villages.list(status).stream().map(VillageResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<VillageResponse> create(@PathVariable String municipality,
            @RequestBody VillageRequests.NewVillage request) {
        Village village = villages.create(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/villages/" + village.id()))
                .body(VillageResponse.of(village));
    }

    @GetMapping("/{id}")
    VillageResponse show(@PathVariable String municipality, @PathVariable UUID id) {
        return VillageResponse.of(villages.get(id));
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    VillageResponse change(@PathVariable String municipality, @PathVariable UUID id,
            @RequestBody VillageRequests.VillageChanges changes) {
        return VillageResponse.of(villages.change(id, changes));
    }

    @GetMapping("/{id}/function-profile")
    VillageRequests.FunctionProfile functionProfile(@PathVariable String municipality, @PathVariable UUID id) {
        return new VillageRequests.FunctionProfile(VillageResponse.of(villages.get(id)).functions());
    }

    @PutMapping("/{id}/function-profile")
    VillageRequests.FunctionProfile changeFunctionProfile(@PathVariable String municipality, @PathVariable UUID id,
            @RequestBody VillageRequests.FunctionProfile profile) {
        return new VillageRequests.FunctionProfile(
                VillageResponse.of(villages.changeFunctionProfile(id, profile)).functions());
    }
}
