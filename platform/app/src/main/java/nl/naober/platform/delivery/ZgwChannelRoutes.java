package nl.naober.platform.delivery;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The ZGW channel: delivers the intake in the body to the case system of the municipality in TENANT. */
@Component
class ZgwChannelRoutes extends RouteBuilder {

    private final ZgwDelivery zgw;

    ZgwChannelRoutes(ZgwDelivery zgw) {
        this.zgw = zgw;
    }

    @Override
    public void configure() {
        from(DeliveryEndpoints.ZGW)
                .routeId("delivery-zgw")
                .process(exchange -> {
                    ZgwDelivery.Delivered delivered = zgw.deliver(
                            DeliveryEndpoints.tenantOf(exchange),
                            exchange.getIn().getHeader(DeliveryEndpoints.ATTEMPT, Integer.class),
                            exchange.getIn().getBody(DeliverableIntake.class));
                    exchange.getIn().setHeader(DeliveryEndpoints.CASE_IDENTIFICATION, delivered.identificatie());
                    exchange.getIn().setHeader(DeliveryEndpoints.CASE_URL, delivered.url());
                });
    }
}
