package nl.naober.platform.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the delivery of one intake is.
 *
 * @param failureReason why the last attempt failed (the case system's own reason where it gave one),
 *                      {@code null} after a success
 */
public record DeliveryState(UUID intakeId, String reference, DeliveryChannel channel, DeliveryStatus status,
        int attempts, Instant queuedAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant deliveredAt,
        String failureReason, CaseProgress progress) {
}
