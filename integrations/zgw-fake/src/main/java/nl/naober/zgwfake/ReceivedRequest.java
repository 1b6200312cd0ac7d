package nl.naober.zgwfake;

import java.time.Instant;

/**
 * One request the fake received (read-out for tests and benchmarks).
 *
 * @param clientId null when the JWT was missing or refused (or a fault answered first)
 * @param faultInjected which fault answered it ("fault 3"), or null
 */
public record ReceivedRequest(Instant at, String method, String path, String query, String clientId, int status,
        String faultInjected) {
}
