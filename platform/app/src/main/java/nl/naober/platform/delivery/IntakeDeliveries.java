package nl.naober.platform.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queues submitted intakes for delivery and tells where each one is. */
public interface IntakeDeliveries {

    /**
     * Queues the delivery of a submitted intake through the current municipality's channel. Must be
     * called inside the transaction that submits the intake, so both are saved or neither is.
     */
    void enqueue(UUID intakeId, String reference);

    /** Where the delivery of this intake of the current municipality is, if it was queued. */
    Optional<DeliveryState> stateOf(UUID intakeId);

    /** The states of several intakes of the current municipality, by intake id (absent if never queued). */
    Map<UUID, DeliveryState> statesOf(Collection<UUID> intakeIds);

    /**
     * Queues a delivery of the current municipality that was parked as failed again, due now, with its
     * attempts reset (the municipal admin's retry button). {@code false} if this intake has no failed
     * delivery (never queued, still queued or already delivered): nothing changes then.
     */
    boolean retry(UUID intakeId);

    /** The failed (parked) deliveries of the current municipality, the most recently attempted first. */
    List<DeliveryState> failed();
}
