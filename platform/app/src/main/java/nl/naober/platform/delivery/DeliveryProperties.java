package nl.naober.platform.delivery;

import java.util.Map;
import java.util.Optional;
import nl.naober.kernel.TenantId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the delivery of intakes ({@code naober.delivery}): the worker's timing and, per
 * municipality (by slug), its channel with that channel's settings. A municipality without an entry
 * receives its intakes in the platform inbox; {@code notifications} is how case statuses come back.
 * Secrets (the ZGW client secret, the webhook token) come from the environment, never from this file.
 */
@ConfigurationProperties("naober.delivery")
public record DeliveryProperties(WorkerSettings worker, Map<String, MunicipalityChannel> municipalities,
        NotificationSettings notifications) {

    public DeliveryProperties {
        worker = worker == null ? WorkerSettings.defaults() : worker;
        notifications = notifications == null ? NotificationSettings.defaults() : notifications;
        municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
    }

    /** The channel of a municipality; the platform inbox unless configured otherwise. */
    public MunicipalityChannel channelOf(TenantId tenant) {
        return Optional.ofNullable(municipalities.get(tenant.slug())).orElse(MunicipalityChannel.INBOX_ONLY);
    }
}
