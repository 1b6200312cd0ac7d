package nl.naober.platform.carers;

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

/** The carer register of the signed-in supporter's villages. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/carers")
class CarerController {

    private final CarerService carers;

    CarerController(CarerService carers) {
        this.carers = carers;
    }

    @PostMapping
    ResponseEntity<CarerResponses.CarerView> register(@PathVariable String municipality,
            @RequestBody CarerRequests.NewCarer request) {
        CarerResponses.CarerView carer = carers.register(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/carers/" + carer.id()))
                .body(carer);
    }

    @GetMapping
    List<CarerResponses.CarerListItem> list(@PathVariable String municipality) {
        return carers.list();
    }

    @GetMapping("/{carerId}")
    CarerResponses.CarerView show(@PathVariable String municipality, @PathVariable UUID carerId) {
        return carers.show(carerId);
    }

    /** Registers the carer for a year's appreciation; refused (400, nothing saved) without her consent. */
    @PostMapping("/{carerId}/appreciations")
    ResponseEntity<CarerResponses.AppreciationView> registerAppreciation(@PathVariable String municipality,
            @PathVariable UUID carerId, @RequestBody CarerRequests.NewAppreciation request) {
        return ResponseEntity.status(201).body(carers.registerAppreciation(carerId, request));
    }
}
