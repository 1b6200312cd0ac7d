package nl.naober.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Access rules a module declares for its own endpoints. Every bean of this type is applied before
 * the final "deny everything else"; rules of different modules must not overlap (each module
 * owns its paths). The municipality of the path is checked for every request by the tenant edge,
 * village access by the module itself.
 */
public interface EndpointRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

    /** The Spring Security authority name of a role, for {@code hasAnyAuthority}. */
    static String authority(nl.naober.kernel.Role role) {
        return "ROLE_" + role.code();
    }

    static String[] authorities(nl.naober.kernel.Role... roles) {
        return java.util.Arrays.stream(roles).map(EndpointRules::authority).toArray(String[]::new);
    }
}
