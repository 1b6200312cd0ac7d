package nl.naober.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import nl.naober.gateway.errors.ErrorResponses;
import nl.naober.gateway.errors.RequestKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Relays the session's access token to the app as {@code Authorization: Bearer …}. The
 * authorized-client manager refreshes an expired access token with the refresh token first.
 *
 * <p>Unlike the gateway's {@code TokenRelayFilterFunctions.tokenRelay()}, which forwards the
 * request without a token when none can be obtained, this fails closed: when the refresh token is
 * no longer valid the session is ended, a browser is sent to the login and an API call gets 401.
 */
class AccessTokenRelay implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    static final String LOGIN = "/oauth2/authorization/keycloak";

    private final OAuth2AuthorizedClientManager clients;
    private final ErrorResponses errors;

    AccessTokenRelay(OAuth2AuthorizedClientManager clients, ErrorResponses errors) {
        this.clients = clients;
        this.errors = errors;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client = null;
        if (authentication instanceof OAuth2AuthenticationToken login) {
            try {
                client = clients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                        .principal(login)
                        .attribute(HttpServletRequest.class.getName(), request.servletRequest())
                        .build());
            } catch (ClientAuthorizationException e) {
                client = null; // the refresh token was refused: the login has to be repeated
            }
        }
        if (client == null) {
            return loginAgain(request.servletRequest());
        }
        String token = client.getAccessToken().getTokenValue();
        return next.handle(ServerRequest.from(request).headers(headers -> headers.setBearerAuth(token)).build());
    }

    private ServerResponse loginAgain(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (RequestKind.isApiCall(request)) {
            return errors.response(request, HttpStatus.UNAUTHORIZED, "session-expired");
        }
        return ServerResponse.status(HttpStatus.FOUND).location(URI.create(request.getContextPath() + LOGIN)).build();
    }
}
