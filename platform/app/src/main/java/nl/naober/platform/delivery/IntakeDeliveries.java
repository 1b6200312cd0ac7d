package nl.naober.platform.delivery;

import java.util.Collection;
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
}
