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

    static final Set<Role> MUNICIPAL_ROLES = Role.municipal();
    private static final Set<Role> ADMIN = EnumSet.of(Role.MUNICIPAL_ADMIN);
    private static final Set<Role> SUPPORTER = EnumSet.of(Role.SUPPORTER);
    /** The audit log is read by the privacy officer alone, administrators excluded. */
    private static final Set<Role> PRIVACY_OFFICER = EnumSet.of(Role.PRIVACY_OFFICER);
    private static final Set<Role> PLATFORM_ADMIN = EnumSet.of(Role.PLATFORM_ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** Signals hold no personal data: the village's supporter and sounding board, the administrator, policy. */
    private static final Set<Role> SIGNAL_READERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN,
            Role.SOUNDING_BOARD, Role.POLICY_OFFICER);
    private static final Set<Role> SIGNAL_RESPONDERS = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.SOUNDING_BOARD);
    /** The social map holds organisation data: its keepers, and who reads it (village-bound: what serves theirs). */
    private static final Set<Role> MAP_KEEPERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN);
    private static final Set<Role> MAP_READERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN,
            Role.SOUNDING_BOARD, Role.POLICY_OFFICER);
    private static final String M = "/api/v1/municipalities/{municipality}";

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
            new Rule("GET", "/", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            // the supporter's workspace: personal data, her own villages only (lists and new records
            // carry no id to pick another village by: they are filtered to her villages inside)
            new Rule("GET", M + "/residents", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", M + "/residents", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/residents/{residentId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("PATCH", M + "/residents/{residentId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/residents/{residentId}/care-network", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("DELETE", M + "/residents/{residentId}/care-network/{memberId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/contacts", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", M + "/contacts", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/contacts/{contactId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/contacts/{contactId}/follow-up-completion", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/follow-ups", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/contact-themes", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            new Rule("POST", M + "/contact-themes", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PATCH", M + "/contact-themes/{themeId}", Scope.OWN_MUNICIPALITY, ADMIN),
            // referrals: personal data of the supporter's residents
            new Rule("POST", M + "/residents/{residentId}/referrals", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/residents/{residentId}/referrals", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/referrals", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/referrals/{referralId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/referrals/{referralId}/outcomes", Scope.OWN_VILLAGE, SUPPORTER),
            // collective signals: lists and new ones are filtered to the caller's villages inside
            new Rule("POST", M + "/signals", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/signals", Scope.OWN_MUNICIPALITY, SIGNAL_READERS),
            new Rule("GET", M + "/signals/{signalId}", Scope.OWN_VILLAGE, SIGNAL_READERS),
            new Rule("POST", M + "/signals/{signalId}/responses", Scope.OWN_VILLAGE, SIGNAL_RESPONDERS),
            new Rule("POST", M + "/signals/{signalId}/closure", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/signal-suggestions", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/signal-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PUT", M + "/signal-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            // carers: the register is the supporter's, the appreciation list the administrator's
            new Rule("POST", M + "/carers", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/carers", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/carers/{carerId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/carers/{carerId}/appreciations", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/carer-appreciations", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/carer-appreciations/export", Scope.OWN_MUNICIPALITY, ADMIN),
            // the supporter's pages (contacts module): lists and new records in her selected village,
            // records by id only in her own villages (404 elsewhere); everyone else 403
            new Rule("GET", "/contacten", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/contacten/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/contacten/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/contacten/{contactId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/contacten/{contactId}/opvolging-afgerond", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/inwoners", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/inwoners/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/inwoners/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/inwoners/{residentId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/inwoners/{residentId}/wijzigen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/inwoners/{residentId}/wijzigen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/inwoners/{residentId}/netwerk", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/inwoners/{residentId}/netwerk/{memberId}/verwijderen", Scope.OWN_VILLAGE, SUPPORTER),
            // pages of signals, referrals and carers: the same roles and scopes as the API calls they make
            new Rule("GET", "/signalen", Scope.OWN_MUNICIPALITY, SIGNAL_READERS),
            new Rule("GET", "/signalen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/signalen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/signalen/{signalId}", Scope.OWN_VILLAGE, SIGNAL_READERS),
            new Rule("POST", "/signalen/{signalId}/reactie", Scope.OWN_VILLAGE, SIGNAL_RESPONDERS),
            new Rule("POST", "/signalen/{signalId}/sluiten", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/inwoners/{residentId}/doorverwijzen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/inwoners/{residentId}/doorverwijzen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/doorverwijzingen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/doorverwijzingen/{referralId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/doorverwijzingen/{referralId}/uitkomst", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/mantelzorg", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/mantelzorg/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mantelzorg/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/mantelzorg/{carerId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/mantelzorg/{carerId}/waardering", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/mantelzorgwaardering", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/mantelzorgwaardering/export", Scope.OWN_MUNICIPALITY, ADMIN),
            // the social map: entries by id only where they serve the caller's villages (village-bound roles);
            // a pending import is its uploader's alone (404 for anyone else)
            new Rule("GET", M + "/social-map-entries", Scope.OWN_MUNICIPALITY, MAP_READERS),
            new Rule("POST", M + "/social-map-entries", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("GET", M + "/social-map-entries/export", Scope.OWN_MUNICIPALITY, MAP_READERS),
            new Rule("GET", M + "/social-map-entries/{entryId}", Scope.OWN_VILLAGE, MAP_READERS),
            new Rule("PUT", M + "/social-map-entries/{entryId}", Scope.OWN_VILLAGE, MAP_KEEPERS),
            new Rule("POST", M + "/social-map-entries/{entryId}/verification", Scope.OWN_VILLAGE, MAP_KEEPERS),
            new Rule("POST", M + "/social-map-imports", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("GET", M + "/social-map-imports/{importId}", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("DELETE", M + "/social-map-imports/{importId}", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("POST", M + "/social-map-imports/{importId}/confirmation", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("GET", M + "/social-map-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PUT", M + "/social-map-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/sociale-kaart", Scope.OWN_MUNICIPALITY, MAP_READERS),
            new Rule("GET", "/sociale-kaart/export", Scope.OWN_MUNICIPALITY, MAP_READERS),
            new Rule("GET", "/sociale-kaart/nieuw", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("POST", "/sociale-kaart/nieuw", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("GET", "/sociale-kaart/{entryId}", Scope.OWN_VILLAGE, MAP_READERS),
            new Rule("GET", "/sociale-kaart/{entryId}/wijzigen", Scope.OWN_VILLAGE, MAP_KEEPERS),
            new Rule("POST", "/sociale-kaart/{entryId}/wijzigen", Scope.OWN_VILLAGE, MAP_KEEPERS),
            new Rule("POST", "/sociale-kaart/{entryId}/bijgewerkt", Scope.OWN_VILLAGE, MAP_KEEPERS),
            new Rule("GET", "/sociale-kaart/importeren", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("POST", "/sociale-kaart/importeren", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("GET", "/sociale-kaart/importeren/{importId}", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("POST", "/sociale-kaart/importeren/{importId}/bevestigen", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("POST", "/sociale-kaart/importeren/{importId}/verwerpen", Scope.OWN_MUNICIPALITY, MAP_KEEPERS),
            new Rule("GET", "/sociale-kaart/instellingen", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/sociale-kaart/instellingen", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/publiek/{municipality}/{village}/sociale-kaart", Scope.PUBLIC, EVERYONE),
            // the village switcher only ever selects one of the caller's own villages
            new Rule("POST", "/dorp-kiezen", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            new Rule("GET", "/huisstijl.css", Scope.OWN_MUNICIPALITY, MUNICIPAL_ROLES),
            // the public pages (no login): anyone, any municipality's — never personal data
            new Rule("GET", "/publiek/{municipality}/huisstijl.css", Scope.PUBLIC, EVERYONE),
            // dataprotection: the municipality's retention policy; a resident's export (AVG art. 15/20)
            new Rule("GET", "/api/v1/municipalities/{municipality}/retention-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PUT", "/api/v1/municipalities/{municipality}/retention-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/municipalities/{municipality}/residents/{residentId}/data-export",
                    Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/api/v1/municipalities/{municipality}/audit-log", Scope.OWN_MUNICIPALITY,
                    PRIVACY_OFFICER),
            new Rule("GET", "/api/v1/municipalities/{municipality}/audit-log/verification", Scope.OWN_MUNICIPALITY,
                    PRIVACY_OFFICER),
            new Rule("GET", "/api/v1/municipalities/{municipality}/audit-log/residents/{residentId}",
                    Scope.OWN_MUNICIPALITY, PRIVACY_OFFICER));

    private AccessPolicy() {
    }

    static Optional<Rule> find(String method, String pattern) {
        return RULES.stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst();
    }
}
