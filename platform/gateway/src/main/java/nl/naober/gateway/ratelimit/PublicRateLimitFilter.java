package nl.naober.gateway.ratelimit;

import nl.naober.gateway.errors.ErrorResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The limit on the public pages (no login): per client address, so that one sender cannot flood a
 * supporter's inbox through the contact form or probe volunteers' links. Static assets are not
 * counted (a page pulls in several).
 */
public class PublicRateLimitFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private final RequestRateLimiter limiter;
    private final ErrorResponses errors;

    public PublicRateLimitFilter(RequestRateLimiter limiter, ErrorResponses errors) {
        this.limiter = limiter;
        this.errors = errors;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        if (RateLimitFilter.isStaticAsset(request)) {
            return next.handle(request);
        }
        RequestRateLimiter.Decision decision = limiter.tryAcquireAnonymous(request.servletRequest().getRemoteAddr());
        if (decision.allowed()) {
            return next.handle(request);
        }
        String retryAfter = Long.toString(decision.retryAfterSeconds());
        return errors.response(request.servletRequest(), HttpStatus.TOO_MANY_REQUESTS,
                headers -> headers.set(HttpHeaders.RETRY_AFTER, retryAfter), "rate-limited", retryAfter);
    }
}
