package nl.naober.gateway.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Tells a browser navigation (which gets HTML pages and login redirects) from an API or XHR call
 * (which gets {@code application/problem+json}). A call is an API call when its path contains
 * {@code /api/}, when htmx sent it, or when its Accept header does not prefer HTML.
 */
public final class RequestKind {

    private RequestKind() {
    }

    public static boolean isApiCall(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path != null && path.contains("/api/")) {
            return true;
        }
        if (request.getHeader("HX-Request") != null
                || "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"))) {
            return true;
        }
        return !prefersHtml(request.getHeader(HttpHeaders.ACCEPT));
    }

    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = 0;
        double best = 0;
        for (MediaType type : types) {
            double quality = type.getQualityValue();
            best = Math.max(best, quality);
            if (!type.isWildcardType() && (type.isCompatibleWith(MediaType.TEXT_HTML)
                    || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML))) {
                html = Math.max(html, quality);
            }
        }
        // a wildcard alone (curl, fetch) is not a browser navigation: HTML must be named and ranked first
        return html > 0 && html >= best;
    }
}
