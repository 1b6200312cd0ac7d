package nl.naober.zgwfake;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the fake ({@code zgw-fake.*}).
 *
 * @param clients the API clients (one per municipality): JWT {@code client_id}, HS256 secret and the RSIN of
 *                the municipality; a client may only create and see zaken and documents of its own RSIN
 * @param tokenMaxAge how old a JWT's {@code iat} may be (Open Zaak: 1 hour)
 * @param clockSkew how far in the future {@code iat} may be
 * @param notificationTimeout how long a subscriber's webhook may take to answer
 * @param notificationAttempts how often a notification is tried when the subscriber fails (non-2xx or no
 *                             answer), like Open Notificaties' retries
 * @param notificationRetryDelay the wait before the first retry; it doubles per retry
 */
@ConfigurationProperties("zgw-fake")
public record ZgwFakeProperties(List<Client> clients, Duration tokenMaxAge, Duration clockSkew,
        Duration notificationTimeout, Integer notificationAttempts, Duration notificationRetryDelay) {

    public ZgwFakeProperties {
        notificationAttempts = notificationAttempts == null || notificationAttempts < 1 ? 3 : notificationAttempts;
        notificationRetryDelay = notificationRetryDelay == null ? Duration.ofMillis(500) : notificationRetryDelay;
        clients = clients == null ? List.of() : List.copyOf(clients);
        tokenMaxAge = tokenMaxAge == null ? Duration.ofHours(1) : tokenMaxAge;
        clockSkew = clockSkew == null ? Duration.ofMinutes(1) : clockSkew;
        notificationTimeout = notificationTimeout == null ? Duration.ofSeconds(5) : notificationTimeout;
    }

    /**
     * One API client.
     *
     * @param clientId the JWT's {@code client_id} claim
     * @param secret the HS256 secret (at least 32 bytes, as HS256 needs 256 bits)
     * @param rsin the municipality's RSIN ({@code bronorganisatie}); empty means "any"
     */
    public record Client(String clientId, String secret, String rsin) {
    }
}
