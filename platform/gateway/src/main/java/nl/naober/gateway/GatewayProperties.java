package nl.naober.gateway;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the gateway ({@code naober.gateway.*}).
 *
 * @param appUri where the app is reached, for example {@code http://app:8080}
 * @param domain the parent domain of the municipality hosts: {@code dinkelland.<domain>}
 * @param rateLimit the request limits per user and per municipality
 */
@ConfigurationProperties("naober.gateway")
public record GatewayProperties(URI appUri, String domain, @DefaultValue RateLimit rateLimit) {

    public GatewayProperties {
        if (appUri == null || appUri.getScheme() == null || appUri.getHost() == null) {
            throw new IllegalArgumentException("naober.gateway.app-uri must be an absolute URI, e.g. http://localhost:8080");
        }
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("naober.gateway.domain must be set, e.g. naober.nl");
        }
        domain = domain.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Requests per minute, counted in this gateway instance (see ADR 0004: per replica).
     *
     * @param requestsPerMinutePerUser the limit per user (the token's {@code sub})
     * @param requestsPerMinutePerTenant the limit per municipality, all its users together
     * @param requestsPerMinutePerClientAddress the limit on the public pages (no login) per client address
     */
    public record RateLimit(@DefaultValue("300") long requestsPerMinutePerUser,
            @DefaultValue("3000") long requestsPerMinutePerTenant,
            @DefaultValue("60") long requestsPerMinutePerClientAddress) {

        public RateLimit {
            if (requestsPerMinutePerUser < 1 || requestsPerMinutePerTenant < 1 || requestsPerMinutePerClientAddress < 1) {
                throw new IllegalArgumentException("naober.gateway.rate-limit values must be at least 1");
            }
        }
    }
}
