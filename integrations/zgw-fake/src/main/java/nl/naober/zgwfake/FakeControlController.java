package nl.naober.zgwfake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fake's own control API under {@code /_fake/} (not part of any ZGW API, no JWT: a fake is never
 * exposed beyond a test or the local stack).
 */
@RestController
@RequestMapping("/_fake")
class FakeControlController {

    private final FakeControl control;
    private final FaultInjector faults;

    FakeControlController(FakeControl control, FaultInjector faults) {
        this.control = control;
        this.faults = faults;
    }

    @PostMapping("/faults")
    ResponseEntity<Map<String, Object>> addFault(@RequestBody FaultRule rule) {
        long id = control.addFault(rule);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "rule", rule));
    }

    @GetMapping("/faults")
    List<Map<String, Object>> faults() {
        return faults.active().stream().map(fault -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", fault.id());
            out.put("rule", fault.rule());
            out.put("matched", fault.matched().get());
            out.put("until", fault.until());
            return out;
        }).toList();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearFaults() {
        control.clearFaults();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/faults/{id}")
    ResponseEntity<Void> removeFault(@PathVariable long id) {
        return control.removeFault(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/zaken")
    Map<String, Map<String, Integer>> zaken(@RequestParam(required = false) String bronorganisatie,
            @RequestParam(required = false) String identificatie) {
        Map<String, Map<String, Integer>> all = control.zakenPerIdentificatie();
        Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
        all.forEach((bron, perIdentificatie) -> {
            if (bronorganisatie == null || bronorganisatie.equals(bron)) {
                Map<String, Integer> selected = new LinkedHashMap<>();
                perIdentificatie.forEach((id, count) -> {
                    if (identificatie == null || identificatie.equals(id)) {
                        selected.put(id, count);
                    }
                });
                result.put(bron, selected);
            }
        });
        return result;
    }

    @GetMapping("/counts")
    Map<String, Integer> counts() {
        return control.counts();
    }

    @GetMapping("/requests")
    List<ReceivedRequest> requests() {
        return control.requests();
    }

    @GetMapping("/notifications")
    List<NotificationDelivery> notifications() {
        return control.notifications();
    }

    @GetMapping("/violations")
    List<String> violations() {
        return control.violations();
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        control.reset();
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRule(IllegalArgumentException error) {
        return ResponseEntity.badRequest().body(Map.of("error", error.getMessage()));
    }
}
