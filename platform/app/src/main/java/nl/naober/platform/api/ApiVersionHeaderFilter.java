package nl.naober.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** NL API Design Rules /core/version-header: every API response carries the full API version. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionHeaderFilter extends OncePerRequestFilter {

    private final String version;

    ApiVersionHeaderFilter(ApiProperties properties) {
        this.version = properties.version();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("API-Version", version);
        }
        chain.doFilter(request, response);
    }
}
