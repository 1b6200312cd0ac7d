package nl.naober.platform.delivery;

import nl.naober.kernel.TenantId;
import org.apache.camel.Exchange;

/**
 * The contract between the worker's dispatch route and the channel routes (this module's own
 * {@code delivery.inbox} and {@code delivery.email} among them, hence public). The dispatcher sends a
 * {@link DeliverableIntake} as the body to the channel's endpoint with the municipality's slug in
 * {@link #TENANT}; the channel route returns normally when the municipality has the intake (setting
 * {@link #CASE_IDENTIFICATION} / {@link #CASE_URL} where it knows them), throws
 * {@link PermanentDeliveryFailure} when retrying cannot help, and any other exception to be retried.
 */
public final class DeliveryEndpoints {

    public static final String ZGW = "direct:deliver-zgw";
    public static final String INBOX = "direct:deliver-inbox";
    public static final String EMAIL = "direct:deliver-email";

    public static final String TENANT = "NaoberTenant";
    public static final String ATTEMPT = "NaoberDeliveryAttempt";
    public static final String CASE_IDENTIFICATION = "NaoberCaseIdentification";
    public static final String CASE_URL = "NaoberCaseUrl";

    private DeliveryEndpoints() {
    }

    static String of(DeliveryChannel channel) {
        return switch (channel) {
            case ZGW -> ZGW;
            case INBOX -> INBOX;
            case EMAIL -> EMAIL;
        };
    }

    /** The municipality an exchange delivers to; without one no channel can deliver, so that is permanent. */
    public static TenantId tenantOf(Exchange exchange) {
        String slug = exchange.getMessage().getHeader(TENANT, String.class);
        if (slug == null || slug.isBlank()) {
            throw new PermanentDeliveryFailure("Geen gemeente bij de bezorging");
        }
        return TenantId.of(slug);
    }
}
