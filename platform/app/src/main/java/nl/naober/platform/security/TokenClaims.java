package nl.naober.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.naober.kernel.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads Keycloak's claims. The {@code organization} claim is a list of aliases
 * ({@code ["dinkelland"]}) or, with organization attributes switched on, an object keyed by alias.
 * A user of more than one municipality has no single municipality: Naober accepts none then.
 */
final class TokenClaims {

    private TokenClaims() {
    }

    static Optional<String> municipality(Jwt jwt) {
        Object claim = jwt.getClaims().get("organization");
        Collection<?> aliases = switch (claim) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        return aliases.size() == 1 ? Optional.of(String.valueOf(aliases.iterator().next())) : Optional.empty();
    }

    static List<Role> roles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).map(Role::fromCode).flatMap(Optional::stream).toList();
        }
        return List.of();
    }
}
