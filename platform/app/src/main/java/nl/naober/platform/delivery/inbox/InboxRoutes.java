package nl.naober.platform.delivery.inbox;

import nl.naober.kernel.TenantId;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.delivery.PermanentDeliveryFailure;
import nl.naober.tenants.TenantContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The platform inbox channel: stores the delivered intake as the municipality's own copy. The route
 * selects the tenant from the header itself rather than trusting the caller's thread, so it is right
 * whichever thread Camel runs it on.
 */
@Component
class InboxRoutes extends RouteBuilder {

    static final String ENDPOINT = "direct:deliver-inbox";
    static final String TENANT_HEADER = "NaoberTenant";

    private final InboxIntakes inbox;

    InboxRoutes(InboxIntakes inbox) {
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId("deliver-inbox")
                .process(this::store);
    }

    private void store(Exchange exchange) throws Exception {
        String slug = exchange.getMessage().getHeader(TENANT_HEADER, String.class);
        if (slug == null || slug.isBlank()) {
            throw new PermanentDeliveryFailure("Geen gemeente bij de bezorging");
        }
        DeliverableIntake intake = exchange.getMessage().getMandatoryBody(DeliverableIntake.class);
        TenantContext.runAs(TenantId.of(slug), () -> inbox.store(intake));
    }
}
