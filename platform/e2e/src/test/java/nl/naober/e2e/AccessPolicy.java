package nl.naober.e2e;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.naober.kernel.Role;

/**
 * Who may call which endpoint of the app, on which scope: the one table the isolation matrix
 * checks every discovered endpoint against. An endpoint of the app that is missing here fails the
 * build, and so does a rule that matches no endpoint.
 */
final class AccessPolicy {

    /** What a caller may reach with a rule's roles. */
    enum Scope {
        /** Anyone, without a login. */
        PUBLIC,
        /** Any signed-in user; no municipality's data. */
        SIGNED_IN,
        /** Platform administration; no municipality's data. */
        PLATFORM,
        /** Only the caller's own municipality. */
        OWN_MUNICIPALITY,
        /** Only the caller's own municipality, and for village-bound roles only their own villages. */
        OWN_VILLAGE
    }

    record Rule(String method, String pattern, Scope scope, Set<Role> roles) {
    }

    static final Set<Role> MUNICIPAL_ROLES = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.SUPPORTER, Role.SOUNDING_BOARD,
            Role.WMO_CONSULTANT, Role.POLICY_OFFICER, Role.PRIVACY_OFFICER);
    private static final Set<Role> ADMIN = EnumSet.of(Role.MUNICIPAL_ADMIN);
    /** The audit log is read by the privacy officer alone, administrators included out. */
    private static final Set<Role> PRIVACY_OFFICER = EnumSet.of(Role.PRIVACY_OFFICER);
    private static final Set<Role> PLATFORM_ADMIN = EnumSet.of(Role.PLATFORM_ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    static final List<Rule> RULES = List.of(
            new Rule("GET", "/api/v1/function-catalogue", Scope.SIGNED_IN, EVERYONE),
            new Rule("GET", "/api/v1/municipalities", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("POST", "/api/v1/municipalities", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("GET", "/api/v1/municipalities/{slug}", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("DELETE", "/api/v1/municipalities/{slug}", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("POST", "/api/v1/municipalities/{slug}/provisioning", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("POST", "/api/v1/municipalities/{municipality}/administrators", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/villages", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            new Rule("POST", "/api/v1/municipalities/{municipality}/villages", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/villages/{id}", Scope.OWN_MUNICIPALITY,
                    MUNICIPAL_ROLES),
            new Rule("PATCH", "/api/v1/municipalities/{municipality}/villages/{id}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/villages/{id}/function-profile",
                    Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            new Rule("PUT", "/api/v1/municipalities/{municipality}/villages/{id}/function-profile",
                    Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/users", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/api/v1/municipalities/{municipality}/users", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/users/{id}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PATCH", "/api/v1/municipalities/{municipality}/users/{id}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/me", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            new Rule("GET", "/api/v1/municipalities/{municipality}/audit-log", Scope.OWN_MUNICIPALITY,
                    PRIVACY_OFFICER),
            new Rule("GET", "/api/v1/municipalities/{municipality}/audit-log/verification", Scope.OWN_MUNICIPALITY,
                    PRIVACY_OFFICER),
            new Rule("GET", "/api/v1/municipalities/{municipality}/audit-log/residents/{residentId}",
                    Scope.OWN_MUNICIPALITY, PRIVACY_OFFICER),
            new Rule("GET", "/", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES));

    private AccessPolicy() {
    }

    static Optional<Rule> find(String method, String pattern) {
        return RULES.stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst();
    }
}
