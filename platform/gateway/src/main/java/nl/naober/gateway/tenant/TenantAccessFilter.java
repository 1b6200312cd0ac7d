package nl.naober.gateway.tenant;

import java.util.Optional;
import java.util.function.Function;
import nl.naober.gateway.errors.ErrorResponses;
import nl.naober.kernel.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Lets a request through to the app only when the session's user belongs to exactly the routed
 * municipality (403 otherwise, before anything is forwarded). The routed municipality is then
 * kept as a request attribute for the filters after it.
 */
public class TenantAccessFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final String ATTRIBUTE = TenantAccessFilter.class.getName() + ".tenant";

    private final Function<ServerRequest, Optional<TenantId>> routedTenant;
    private final ErrorResponses errors;

    public TenantAccessFilter(Function<ServerRequest, Optional<TenantId>> routedTenant, ErrorResponses errors) {
        this.routedTenant = routedTenant;
        this.errors = errors;
    }

    /** The municipality checked for this request; present once this filter let it through. */
    public static TenantId checkedTenant(ServerRequest request) {
        return request.attribute(ATTRIBUTE).map(TenantId.class::cast)
                .orElseThrow(() -> new IllegalStateException("no municipality checked for this request"));
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        Optional<TenantId> routed = routedTenant.apply(request);
        if (routed.isEmpty()) {
            return errors.response(request.servletRequest(), HttpStatus.NOT_FOUND, "unknown-municipality");
        }
        Optional<TenantId> own = MunicipalityClaim.of(SecurityContextHolder.getContext().getAuthentication());
        if (own.isEmpty()) {
            return errors.response(request.servletRequest(), HttpStatus.FORBIDDEN, "no-municipality");
        }
        if (!own.get().equals(routed.get())) {
            return errors.response(request.servletRequest(), HttpStatus.FORBIDDEN, "other-municipality",
                    routed.get().slug());
        }
        request.attributes().put(ATTRIBUTE, routed.get());
        return next.handle(request);
    }
}
