package nl.naober.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.naober.gateway.errors.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a browser is sent to Keycloak to log in, checks that Keycloak answers at all. When it does
 * not, the user gets a Dutch page that says logging in is temporarily impossible (503) instead of
 * her browser's "cannot connect" error. Sessions that are logged in already are not affected: their
 * tokens are validated with keys the app has cached. The answer is remembered for a few seconds so
 * that a rush of logins does not become a rush of probes.
 */
class LoginAvailabilityFilter extends OncePerRequestFilter {

    private static final Duration REMEMBER = Duration.ofSeconds(5);

    private final URI probe;
    private final ErrorResponses errors;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long knownUntil = System.nanoTime(); // nothing known yet
    private volatile boolean available;

    LoginAvailabilityFilter(URI probe, ErrorResponses errors) {
        this.probe = probe;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!identityProviderAnswers()) {
            response.setHeader("Retry-After", "60");
            errors.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "login-unavailable");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean identityProviderAnswers() {
        long now = System.nanoTime();
        if (now - knownUntil < 0) {
            return available;
        }
        boolean answers;
        try {
            // any HTTP answer counts: only "nobody there" stops the login
            http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            answers = true;
        } catch (IOException e) {
            answers = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers = false;
        }
        available = answers;
        knownUntil = now + REMEMBER.toNanos();
        return answers;
    }
}
