package nl.naober.platform.delivery.inbox;

import nl.naober.kernel.TenantId;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.delivery.DeliveryEndpoints;
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

    private final InboxIntakes inbox;

    InboxRoutes(InboxIntakes inbox) {
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        from(DeliveryEndpoints.INBOX).routeId("deliver-inbox")
                .process(this::store);
    }

    private void store(Exchange exchange) throws Exception {
        TenantId tenant = DeliveryEndpoints.tenantOf(exchange);
        DeliverableIntake intake = exchange.getMessage().getMandatoryBody(DeliverableIntake.class);
        TenantContext.runAs(tenant, () -> inbox.store(intake));
    }
}
