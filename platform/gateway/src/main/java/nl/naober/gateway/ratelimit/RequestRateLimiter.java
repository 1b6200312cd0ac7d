package nl.naober.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import nl.naober.gateway.GatewayProperties;
import nl.naober.kernel.TenantId;
import org.springframework.stereotype.Component;

/**
 * Token buckets per user, per municipality and, for the public pages, per client address (Bucket4j, greedy refill over a minute), kept in a
 * Caffeine cache in this JVM.
 *
 * <p>In memory means <em>per replica</em>: with N gateway replicas a user can make up to N times
 * the limit. That is enough to stop one runaway client or municipality from swamping the app; a
 * hard global limit needs a shared store (Redis with the gateway's {@code RedisRateLimiter}, or a
 * Bucket4j {@code ProxyManager} on Redis/JDBC) — see ADR 0004.
 */
@Component
public class RequestRateLimiter {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final ProxyManager<String> buckets;
    private final BucketConfiguration perUser;
    private final BucketConfiguration perTenant;
    private final BucketConfiguration perClientAddress;

    public RequestRateLimiter(GatewayProperties properties) {
        this.perUser = perMinute(properties.rateLimit().requestsPerMinutePerUser());
        this.perTenant = perMinute(properties.rateLimit().requestsPerMinutePerTenant());
        this.perClientAddress = perMinute(properties.rateLimit().requestsPerMinutePerClientAddress());
        // a bucket that has refilled completely carries no information: let it expire to bound memory
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(200_000))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(PERIOD))
                .build();
    }

    /** The outcome for one request: allowed, or refused with the seconds to wait. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    /** Counts one request of {@code user} in {@code tenant}: first against the user's, then the tenant's bucket. */
    public Decision tryAcquire(TenantId tenant, String user) {
        ConsumptionProbe userProbe = buckets.builder().build("user:" + user, () -> perUser).tryConsumeAndReturnRemaining(1);
        if (!userProbe.isConsumed()) {
            return refused(userProbe);
        }
        ConsumptionProbe tenantProbe = buckets.builder().build("tenant:" + tenant.slug(), () -> perTenant)
                .tryConsumeAndReturnRemaining(1);
        return tenantProbe.isConsumed() ? new Decision(true, 0) : refused(tenantProbe);
    }

    /** Counts one request to the public pages (no login) from {@code clientAddress}. */
    public Decision tryAcquireAnonymous(String clientAddress) {
        ConsumptionProbe probe = buckets.builder().build("address:" + clientAddress, () -> perClientAddress)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Decision(true, 0) : refused(probe);
    }

    private static Decision refused(ConsumptionProbe probe) {
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, seconds);
    }

    private static BucketConfiguration perMinute(long requests) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, PERIOD).build())
                .build();
    }
}
