package nl.naober.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.TenantId;
import nl.naober.platform.api.Problems;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The edge of a request for a municipality's data: the API path {@code /api/v1/municipalities/{slug}/…},
 * or for pages the municipality the gateway routed to ({@code X-Naober-Tenant}). The token's
 * organization must be that municipality (else 403, whatever the role; a gateway header that
 * disagrees with the path is refused too), the municipality must be active (else 404), and then it
 * is selected in the {@link TenantContext} for exactly the rest of this request. The header never
 * grants anything the token does not. Public pages ({@code /publiek/{slug}/…}, no login) take the
 * municipality from the path and need no token: what they show is public by definition, and which
 * of them exist is decided by the owning modules' rules.
 */
class TenantEdgeFilter extends OncePerRequestFilter {

    /** Set by the gateway to the municipality it routed the request for; only ever narrows access. */
    static final String TENANT_HEADER = "X-Naober-Tenant";

    private static final java.util.Set<String> PLATFORM_PATHS = java.util.Set.of("/provisioning", "/administrators");

    /** The pages' static assets (own CSS and images, the NL Design System, WebJars): no municipality's data. */
    private static final java.util.List<String> STATIC_ASSETS = java.util.List.of("/css/", "/img/", "/nlds/", "/webjars/");

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/municipalities/([^/]+)/.+");

    /** The public pages of a municipality: no login, the municipality is the path's. */
    private static final Pattern PUBLIC_PATH = Pattern.compile("^/publiek/([^/]+)(/.*)?$");

    private final TenantRegistry registry;
    private final Problems problems;
    private final HandlerExceptionResolver exceptions;

    TenantEdgeFilter(TenantRegistry registry, Problems problems, HandlerExceptionResolver exceptions) {
        this.registry = registry;
        this.problems = problems;
        this.exceptions = exceptions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> routed = routedMunicipality(path, request);
        if (routed == null) {
            chain.doFilter(request, response);
            return;
        }
        if (routed.isEmpty()) {
            problems.write(request, response, problems.of(HttpStatus.NOT_FOUND, "missing-municipality"));
            return;
        }
        String slug = routed.get();
        String gatewayRouted = request.getHeader(TENANT_HEADER);
        boolean open = PUBLIC_PATH.matcher(path).matches();
        // a public page is anyone's: who asks (token or not) does not matter, only that the
        // municipality exists; what such a path may do is the owning module's rule (permitAll)
        if (!open && (!slug.equals(tokenMunicipality().orElse(null))
                || (gatewayRouted != null && !gatewayRouted.equals(slug)))) {
            problems.write(request, response, problems.of(HttpStatus.FORBIDDEN, "other-municipality", slug));
            return;
        }
        Optional<TenantId> tenant;
        try {
            tenant = parse(slug).filter(id -> registry.find(id).filter(t -> t.isActive()).isPresent());
        } catch (DataAccessException e) {
            // outside Spring MVC: hand it to the API's exception handling, which answers it like any other
            exceptions.resolveException(request, response, null, e);
            return;
        }
        if (tenant.isEmpty() && open) {
            // a resident who mistyped an address gets the Dutch "not found" page, not a problem document
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (tenant.isEmpty()) {
            problems.write(request, response, problems.of(HttpStatus.NOT_FOUND, "unknown-municipality", slug));
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(tenant.get())) {
            chain.doFilter(request, response);
        }
    }

    /**
     * The municipality this request is for: the path's for the API, the gateway's header for
     * pages. {@code null} when the request is not for a municipality (platform API, health, the
     * pages' static assets);
     * empty when it should be but none is named.
     */
    private static Optional<String> routedMunicipality(String path, HttpServletRequest request) {
        Matcher api = TENANT_PATH.matcher(path);
        if (api.matches()) {
            String rest = api.group(0).substring(("/api/v1/municipalities/" + api.group(1)).length());
            // platform administration of a municipality: the platform administrator has no municipality
            return PLATFORM_PATHS.contains(rest) ? null : Optional.of(api.group(1));
        }
        Matcher open = PUBLIC_PATH.matcher(path);
        if (open.matches()) {
            return Optional.of(open.group(1));
        }
        if (path.startsWith("/api/") || path.startsWith("/actuator") || path.equals("/error")
                || STATIC_ASSETS.stream().anyMatch(path::startsWith)) {
            return null;
        }
        return Optional.ofNullable(request.getHeader(TENANT_HEADER));
    }

    private static Optional<String> tokenMunicipality() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return TokenClaims.municipality(jwt.getToken());
        }
        return Optional.empty();
    }

    private static Optional<TenantId> parse(String slug) {
        try {
            return Optional.of(TenantId.of(slug));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
