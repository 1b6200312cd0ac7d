package nl.naober.platform.security;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the subject of the access token (the Keycloak user id), her display name and
 * realm roles. Other modules use it for audit and for "my own" views; it is empty outside a
 * request (scheduled jobs act as the system).
 */
public record Caller(String subject, String displayName, List<Role> roles) {

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            String name = jwt.getClaimAsString("name") != null ? jwt.getClaimAsString("name")
                    : jwt.getClaimAsString("preferred_username");
            return Optional.of(new Caller(jwt.getSubject(), name == null ? jwt.getSubject() : name,
                    TokenClaims.roles(jwt)));
        }
        return Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The role the caller acts in: the first of her roles in the order of {@link Role}. */
    public Optional<Role> mainRole() {
        return roles.stream().sorted().findFirst();
    }
}
