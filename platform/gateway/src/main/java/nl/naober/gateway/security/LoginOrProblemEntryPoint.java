package nl.naober.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.naober.gateway.errors.ErrorResponses;
import nl.naober.gateway.errors.RequestKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An anonymous browser navigation is sent to the Keycloak login; an anonymous API or XHR call gets
 * 401 as problem+json (a redirect to an HTML login page would only confuse a script).
 */
class LoginOrProblemEntryPoint implements AuthenticationEntryPoint {

    private static final String LOGIN = "/oauth2/authorization/keycloak";

    private final ErrorResponses errors;

    LoginOrProblemEntryPoint(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (RequestKind.isApiCall(request)) {
            errors.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN);
        }
    }
}
