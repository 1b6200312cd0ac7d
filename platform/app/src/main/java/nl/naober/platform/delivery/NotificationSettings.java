package nl.naober.platform.delivery;

import java.net.URI;
import java.time.Duration;

/**
 * The status back from the case systems ({@code naober.delivery.notifications}): {@code callbackBaseUrl}
 * is where the municipalities' Notificaties components reach Naober (the gateway's public address);
 * the webhook of a municipality is that plus {@link ZgwNotificationsController#PATH}. Without it no
 * abonnement is registered. A registration that failed (case system down) is tried again every
 * {@code subscriptionRetryInterval}.
 */
public record NotificationSettings(URI callbackBaseUrl, Duration subscriptionRetryInterval) {

    public NotificationSettings {
        subscriptionRetryInterval = subscriptionRetryInterval == null ? Duration.ofMinutes(5)
                : subscriptionRetryInterval;
    }

    static NotificationSettings defaults() {
        return new NotificationSettings(null, null);
    }
}
