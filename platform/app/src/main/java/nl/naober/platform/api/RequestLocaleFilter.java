package nl.naober.platform.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Makes the application's locale rule (Dutch unless the client asks for English) hold in filters
 * too, so that problems written by security filters are Dutch like those of controllers. Runs
 * after Spring's RequestContextFilter (which would take the JVM's locale) and before security.
 */
@Component
@Order(-104)
class RequestLocaleFilter extends OncePerRequestFilter {

    private final LocaleResolver localeResolver;

    RequestLocaleFilter(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
