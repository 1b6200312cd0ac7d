package nl.naober.platform.delivery;

import java.time.Duration;

/**
 * The worker role's delivery timing. {@code enabled} is false in the web role's Deployment; both
 * roles run in one JVM locally and in tests. A delivery is tried {@code maxAttempts} times, waiting
 * {@code initialBackoff} × {@code backoffMultiplier}^(n-1), at most {@code maxBackoff}, between
 * attempts; a claimed delivery whose worker died is taken again after {@code lease}. The case
 * status of intakes at a case system that cannot notify Naober is read every
 * {@code statusPollInterval}.
 */
public record WorkerSettings(boolean enabled, Duration pollInterval, int batchSize, int maxAttempts,
        Duration initialBackoff, double backoffMultiplier, Duration maxBackoff, Duration lease,
        Duration statusPollInterval) {

    public WorkerSettings {
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        batchSize = batchSize <= 0 ? 20 : batchSize;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
        backoffMultiplier = backoffMultiplier < 1.0 ? 2.0 : backoffMultiplier;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        statusPollInterval = statusPollInterval == null ? Duration.ofMinutes(15) : statusPollInterval;
    }

    static WorkerSettings defaults() {
        return new WorkerSettings(true, null, 0, 0, null, 0, null, null, null);
    }
}
