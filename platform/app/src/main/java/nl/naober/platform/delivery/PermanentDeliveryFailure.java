package nl.naober.platform.delivery;

/**
 * Thrown by a channel's route when retrying cannot help (the case system refused the data with a
 * 4xx other than 408/429, the configuration is incomplete): the delivery is parked as failed at once
 * with {@code reason}, which the municipal admin reads. Any other exception is retried with back-off.
 */
public class PermanentDeliveryFailure extends RuntimeException {

    public PermanentDeliveryFailure(String reason) {
        super(reason);
    }

    public PermanentDeliveryFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
