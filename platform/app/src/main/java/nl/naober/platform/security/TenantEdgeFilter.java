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
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The edge of a request for a municipality's data ({@code /api/v1/municipalities/{slug}/…}): the
 * token's organization must be that municipality (else 403, whatever the role), the municipality
 * must be active (else 404), and then it is selected in the {@link TenantContext} for exactly the
 * rest of this request. The tenant is never taken from a header.
 */
class TenantEdgeFilter extends OncePerRequestFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/municipalities/([^/]+)/.+");

    private final TenantRegistry registry;
    private final Problems problems;

    TenantEdgeFilter(TenantRegistry registry, Problems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = TENANT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches() || path.group(0).startsWith("/api/v1/municipalities/" + path.group(1) + "/provisioning")) {
            chain.doFilter(request, response);
            return;
        }
        String slug = path.group(1);
        if (!slug.equals(tokenMunicipality().orElse(null))) {
            problems.write(request, response, problems.of(HttpStatus.FORBIDDEN, "other-municipality", slug));
            return;
        }
        Optional<TenantId> tenant = parse(slug).filter(id -> registry.find(id).filter(t -> t.isActive()).isPresent());
        if (tenant.isEmpty()) {
            problems.write(request, response, problems.of(HttpStatus.NOT_FOUND, "unknown-municipality", slug));
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(tenant.get())) {
            chain.doFilter(request, response);
        }
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
