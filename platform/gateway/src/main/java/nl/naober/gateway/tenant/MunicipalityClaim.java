package nl.naober.gateway.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.TenantId;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Reads the municipality of a logged-in user from Keycloak's {@code organization} claim: a list of
 * aliases ({@code ["dinkelland"]}) or, with organization attributes switched on, an object keyed by
 * alias. Exactly one municipality counts; a user of several (or none) has no municipality here,
 * the same rule as the app's.
 */
public final class MunicipalityClaim {

    private MunicipalityClaim() {
    }

    /** The single municipality of the authenticated OIDC user, if there is exactly one. */
    public static Optional<TenantId> of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        Collection<?> aliases = switch (user.getClaims().get("organization")) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        if (aliases.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.of(String.valueOf(aliases.iterator().next())));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }

    /** The user's subject ({@code sub}), the key of the per-user rate limit. */
    public static Optional<String> subject(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.ofNullable(user.getSubject());
        }
        return Optional.empty();
    }
}
