package nl.naober.zgwfake;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One attempt to deliver a notification to a subscriber.
 *
 * @param attempt 1 for the first try, then 2, 3, ... for retries
 * @param status the subscriber's answer, 0 when there was none (refused, time-out)
 * @param error what went wrong when there was no answer, else null
 */
public record NotificationDelivery(Instant at, String callbackUrl, String authorization, JsonNode notification,
        int attempt, int status, String error) {
}
