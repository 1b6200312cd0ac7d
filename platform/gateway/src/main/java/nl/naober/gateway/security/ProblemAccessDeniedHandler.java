package nl.naober.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.naober.gateway.errors.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 in Dutch: a missing or wrong CSRF token gets its own explanation. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ErrorResponses errors;

    ProblemAccessDeniedHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        errors.write(request, response, HttpStatus.FORBIDDEN, denied instanceof CsrfException ? "csrf" : "forbidden");
    }
}
