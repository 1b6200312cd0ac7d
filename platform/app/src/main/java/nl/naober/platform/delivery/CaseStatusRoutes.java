package nl.naober.platform.delivery;

import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.TenantStatus;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The worker's status-back route family: registering the abonnementen (at start, then again every
 * {@code subscription-retry-interval} for those that failed) and polling the case status of the
 * municipalities that cannot notify Naober (a ZGW channel without a notification token), every
 * {@code status-poll-interval}. Polling writes through {@link CaseStatuses}, the webhook's code path.
 */
@Component
@ConditionalOnProperty(name = "naober.delivery.worker.enabled", havingValue = "true", matchIfMissing = true)
class CaseStatusRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(CaseStatusRoutes.class);

    private final DeliveryProperties properties;
    private final ZgwSubscriptions subscriptions;
    private final CaseStatuses statuses;
    private final TenantRegistry tenants;

    CaseStatusRoutes(DeliveryProperties properties, ZgwSubscriptions subscriptions, CaseStatuses statuses,
            TenantRegistry tenants) {
        this.properties = properties;
        this.subscriptions = subscriptions;
        this.statuses = statuses;
        this.tenants = tenants;
    }

    @Override
    public void configure() {
        from("timer:zgw-subscriptions?fixedRate=false&delay=0&period="
                + properties.notifications().subscriptionRetryInterval().toMillis())
                .routeId("zgw-subscriptions")
                .process(exchange -> subscriptions.subscribeAll());
        from("timer:case-status-poll?fixedRate=false&delay=0&period="
                + properties.worker().statusPollInterval().toMillis())
                .routeId("case-status-poll")
                .process(exchange -> pollAll());
    }

    /** One polling round over the active municipalities that are polled; the number of statuses changed. */
    int pollAll() {
        int changed = 0;
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            TenantId id = tenant.id();
            boolean polled = statuses.zgwOf(id)
                    .filter(zgw -> zgw.notificationToken() == null || zgw.notificationToken().isBlank())
                    .isPresent();
            if (!polled) {
                continue;
            }
            try {
                changed += TenantContext.supplyAs(id, statuses::pollCurrent);
            } catch (RuntimeException e) {
                // one case system that is down must not keep the others' statuses from being read
                log.warn("Status polling failed for municipality {}: {}", id.slug(), e.getMessage());
            }
        }
        return changed;
    }
}
