package nl.naober.gateway.ratelimit;

import nl.naober.gateway.errors.ErrorResponses;
import nl.naober.gateway.tenant.MunicipalityClaim;
import nl.naober.gateway.tenant.TenantAccessFilter;
import nl.naober.kernel.TenantId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Refuses a request over the per-user or per-municipality limit with 429, a problem (or page)
 * in Dutch and {@code Retry-After} in seconds. Runs after the tenant check, so only requests
 * that would really reach the app are counted.
 */
public class RateLimitFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    /** The app's static assets, on a municipality's host or under its path prefix. */
    private static final java.util.regex.Pattern STATIC_ASSET = java.util.regex.Pattern.compile(
            "(/g/[a-z0-9-]+)?/(css|img|nlds|webjars)/[^?#]*");

    private final RequestRateLimiter limiter;
    private final ErrorResponses errors;

    public RateLimitFilter(RequestRateLimiter limiter, ErrorResponses errors) {
        this.limiter = limiter;
        this.errors = errors;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        if (isStaticAsset(request)) {
            // a page pulls in its style sheets, fonts, icon and script: counting them would use up a
            // supporter's limit in a few pages, and they hold no municipality's data
            return next.handle(request);
        }
        TenantId tenant = TenantAccessFilter.checkedTenant(request);
        String user = MunicipalityClaim.subject(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("an authenticated user without a subject"));
        RequestRateLimiter.Decision decision = limiter.tryAcquire(tenant, user);
        if (decision.allowed()) {
            return next.handle(request);
        }
        String retryAfter = Long.toString(decision.retryAfterSeconds());
        return errors.response(request.servletRequest(), HttpStatus.TOO_MANY_REQUESTS,
                headers -> headers.set(HttpHeaders.RETRY_AFTER, retryAfter), "rate-limited", retryAfter);
    }

    static boolean isStaticAsset(ServerRequest request) {
        return request.method() == org.springframework.http.HttpMethod.GET
                && STATIC_ASSET.matcher(request.path()).matches() && !request.path().contains("..");
    }
}
