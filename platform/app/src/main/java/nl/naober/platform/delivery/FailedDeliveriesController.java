package nl.naober.platform.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.TenantId;
import nl.naober.platform.input.InputReader;
import nl.naober.tenants.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The municipal admin's view of deliveries that failed, with their retry; no personal data. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class FailedDeliveriesController {

    private final IntakeDeliveries deliveries;
    private final DeliveryProperties properties;
    private final InputReader input;

    FailedDeliveriesController(IntakeDeliveries deliveries, DeliveryProperties properties, InputReader input) {
        this.deliveries = deliveries;
        this.properties = properties;
        this.input = input;
    }

    record FailedDelivery(UUID intakeId, String reference, DeliveryChannel channel, int attempts, Instant lastAttemptAt,
            String reason) {
    }

    /** The channel the municipality receives its intakes through, as configured (read-only). */
    record ChannelView(DeliveryChannel channel, String emailTo) {
    }

    /** Only {@code status=failed} is offered: the admin's work is the deliveries that need her. */
    @GetMapping("/intake-deliveries")
    List<FailedDelivery> list(@PathVariable String municipality, @RequestParam(defaultValue = "failed") String status) {
        if (!"failed".equals(status)) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            errors.add("status", input.text("delivery.status.only-failed"));
            errors.throwIfAny();
        }
        return deliveries.failed().stream()
                .map(d -> new FailedDelivery(d.intakeId(), d.reference(), d.channel(), d.attempts(), d.lastAttemptAt(),
                        d.failureReason()))
                .toList();
    }

    @PostMapping("/intake-deliveries/{intakeId}/retry")
    ResponseEntity<Void> retry(@PathVariable String municipality, @PathVariable UUID intakeId) {
        if (!deliveries.retry(intakeId)) {
            throw new ResourceNotFoundException(input.text("delivery.failed.not-found", intakeId));
        }
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/intake-delivery-channel")
    ChannelView channel(@PathVariable String municipality) {
        TenantId tenant = TenantContext.require();
        MunicipalityChannel channel = properties.channelOf(tenant);
        return new ChannelView(channel.channel(), channel.email() == null ? null : channel.email().to());
    }
}
