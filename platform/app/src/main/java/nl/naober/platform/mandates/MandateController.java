package nl.naober.platform.mandates;

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

/** Mandates of the municipality (its admin) and a supporter's own mandates. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class MandateController {

    private final MandateService mandates;

    MandateController(MandateService mandates) {
        this.mandates = mandates;
    }

    @GetMapping("/mandates")
    List<MandateResponses.MandateView> list(@PathVariable String municipality) {
        return mandates.list();
    }

    @PostMapping("/mandates")
    ResponseEntity<MandateResponses.MandateView> grant(@PathVariable String municipality,
            @RequestBody MandateRequests.NewMandate request) {
        MandateResponses.MandateView mandate = mandates.grant(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/mandates/"
                + mandate.id())).body(mandate);
    }

    @GetMapping("/mandates/{mandateId}")
    MandateResponses.MandateView show(@PathVariable String municipality, @PathVariable UUID mandateId) {
        return mandates.show(mandateId);
    }

    /** Revokes the mandate; it stays, with the reason, for the record. */
    @PostMapping("/mandates/{mandateId}/revocation")
    MandateResponses.MandateView revoke(@PathVariable String municipality, @PathVariable UUID mandateId,
            @RequestBody MandateRequests.Revocation request) {
        return mandates.revoke(mandateId, request);
    }

    @GetMapping("/me/mandates")
    List<MandateResponses.MandateView> mine(@PathVariable String municipality) {
        return mandates.mine();
    }
}
