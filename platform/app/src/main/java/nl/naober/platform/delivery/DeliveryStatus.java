package nl.naober.platform.delivery;

/** Where a delivery is. */
public enum DeliveryStatus {
    /** Waiting for (another) attempt by the worker. */
    QUEUED,
    /** The municipality has it: a zaak was made, it is in the inbox, or the e-mail was accepted. */
    DELIVERED,
    /** Parked after the last attempt or a refusal by the case system; waits for an admin's retry. */
    FAILED
}
