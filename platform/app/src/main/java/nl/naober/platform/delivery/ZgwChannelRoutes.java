package nl.naober.platform.delivery;

import nl.naober.kernel.TenantId;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The ZGW channel: delivers the intake in the body to the case system of the municipality in TENANT. */
@Component
class ZgwChannelRoutes extends RouteBuilder {

    private final ZgwDelivery zgw;
    /** Present in the worker role only, as are these routes' callers. */
    private final ObjectProvider<ZgwSubscriptions> subscriptions;

    ZgwChannelRoutes(ZgwDelivery zgw, ObjectProvider<ZgwSubscriptions> subscriptions) {
        this.zgw = zgw;
        this.subscriptions = subscriptions;
    }

    @Override
    public void configure() {
        from(DeliveryEndpoints.ZGW)
                .routeId("delivery-zgw")
                .process(exchange -> {
                    TenantId tenant = DeliveryEndpoints.tenantOf(exchange);
                    ZgwDelivery.Delivered delivered = zgw.deliver(tenant,
                            exchange.getIn().getHeader(DeliveryEndpoints.ATTEMPT, Integer.class),
                            exchange.getIn().getBody(DeliverableIntake.class));
                    exchange.getIn().setHeader(DeliveryEndpoints.CASE_IDENTIFICATION, delivered.identificatie());
                    exchange.getIn().setHeader(DeliveryEndpoints.CASE_URL, delivered.url());
                    subscriptions.ifAvailable(s -> s.ensureSubscribed(tenant.slug()));
                });
    }
}
