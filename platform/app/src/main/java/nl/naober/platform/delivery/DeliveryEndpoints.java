package nl.naober.platform.delivery;

/**
 * The contract between the worker's dispatch route and the channel routes. The dispatcher sends a
 * {@link DeliverableIntake} as the body to the channel's endpoint with the municipality's slug in
 * {@link #TENANT}; the channel route returns normally when the municipality has the intake (setting
 * {@link #CASE_IDENTIFICATION} / {@link #CASE_URL} where it knows them), throws
 * {@link PermanentDeliveryFailure} when retrying cannot help, and any other exception to be retried.
 */
final class DeliveryEndpoints {

    static final String ZGW = "direct:deliver-zgw";
    static final String INBOX = "direct:deliver-inbox";
    static final String EMAIL = "direct:deliver-email";

    static final String TENANT = "NaoberTenant";
    static final String ATTEMPT = "NaoberDeliveryAttempt";
    static final String CASE_IDENTIFICATION = "NaoberCaseIdentification";
    static final String CASE_URL = "NaoberCaseUrl";

    private DeliveryEndpoints() {
    }

    static String of(DeliveryChannel channel) {
        return switch (channel) {
            case ZGW -> ZGW;
            case INBOX -> INBOX;
            case EMAIL -> EMAIL;
        };
    }
}
