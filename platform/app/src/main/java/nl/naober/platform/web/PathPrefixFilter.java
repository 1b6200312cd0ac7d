package nl.naober.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.TenantId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets pages reached under the gateway's path routing ({@code /g/{municipality}/…}, prefix stripped
 * before the app) build their links under that prefix: the request is presented as if the app ran
 * with the prefix as its context path, so Thymeleaf's {@code @{/contacten}}, {@code redirect:/…}
 * and cookie paths carry it without any page knowing about it.
 *
 * <p>Only {@code X-Naober-Path-Prefix: /g/} + the slug of {@code X-Naober-Tenant} is honoured (the
 * gateway sets both and drops whatever a client sent); any other value is ignored, so a forged
 * header can at worst shape links to the same municipality. Runs before security and before
 * Spring's request context, so everything downstream sees one consistent request.
 */
@Component
@Order(-110)
class PathPrefixFilter extends OncePerRequestFilter {

    static final String PREFIX_HEADER = "X-Naober-Path-Prefix";
    static final String TENANT_HEADER = "X-Naober-Tenant";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String prefix = request.getHeader(PREFIX_HEADER);
        String tenant = request.getHeader(TENANT_HEADER);
        if (prefix != null && tenant != null && validSlug(tenant) && prefix.equals("/g/" + tenant)) {
            chain.doFilter(new PrefixedRequest(request, prefix), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean validSlug(String slug) {
        try {
            return TenantId.of(slug).slug().equals(slug);
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The request as if the app were deployed under the prefix: context path and URI both carry it. */
    private static final class PrefixedRequest extends HttpServletRequestWrapper {

        private final String prefix;

        PrefixedRequest(HttpServletRequest request, String prefix) {
            super(request);
            this.prefix = prefix;
        }

        @Override
        public String getContextPath() {
            return prefix + super.getContextPath();
        }

        @Override
        public String getRequestURI() {
            return prefix + super.getRequestURI();
        }

        @Override
        public StringBuffer getRequestURL() {
            String url = super.getRequestURL().toString();
            String origin = url.substring(0, url.length() - super.getRequestURI().length());
            return new StringBuffer(origin).append(getRequestURI());
        }
    }
}
