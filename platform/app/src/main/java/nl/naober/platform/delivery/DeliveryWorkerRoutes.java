package nl.naober.platform.delivery;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The worker's dispatch route family: every poll interval one round of the dispatcher. */
@Component
@ConditionalOnProperty(name = "naober.delivery.worker.enabled", havingValue = "true", matchIfMissing = true)
class DeliveryWorkerRoutes extends RouteBuilder {

    private final DeliveryDispatcher dispatcher;
    private final DeliveryProperties properties;

    DeliveryWorkerRoutes(DeliveryDispatcher dispatcher, DeliveryProperties properties) {
        this.dispatcher = dispatcher;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:delivery-worker?fixedRate=false&delay=0&period=" + properties.worker().pollInterval().toMillis())
                .routeId("delivery-dispatch")
                .process(exchange -> dispatcher.dispatchDue());
    }
}
