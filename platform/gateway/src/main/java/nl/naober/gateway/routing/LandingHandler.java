package nl.naober.gateway.routing;

import java.net.URI;
import nl.naober.gateway.errors.ErrorResponses;
import nl.naober.gateway.tenant.MunicipalityClaim;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /} for a logged-in user: on to her own municipality, {@code /g/{municipality}/}.
 * (Anonymous users never get here: security sends them to the login first.)
 */
class LandingHandler implements HandlerFunction<ServerResponse> {

    private final ErrorResponses errors;

    LandingHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public ServerResponse handle(ServerRequest request) {
        return MunicipalityClaim.of(SecurityContextHolder.getContext().getAuthentication())
                .map(tenant -> ServerResponse.status(HttpStatus.FOUND)
                        .location(URI.create(request.servletRequest().getContextPath() + "/g/" + tenant.slug() + "/"))
                        .build())
                .orElseGet(() -> errors.response(request.servletRequest(), HttpStatus.FORBIDDEN, "no-municipality"));
    }
}
