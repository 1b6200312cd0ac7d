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
        OWN_VILLAGE,
        /**
         * No user at all: a machine's call with its own secret (a case system's notification). Every
         * user token, of any role and municipality, is refused with 401 or 403.
         */
        MACHINE
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
    /** News holds no personal data: the administrator keeps it; supporters, sounding board and policy read. */
    private static final Set<Role> NEWS_READERS = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.SUPPORTER,
            Role.SOUNDING_BOARD, Role.POLICY_OFFICER);
    /** Initiatives and activities hold no personal data: the supporter, and as figures the administrator and policy. */
    private static final Set<Role> COMMUNITY_READERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN,
            Role.POLICY_OFFICER);
    /** Volunteers' hours: the supporter's villages with names, the administrator's totals without. */
    private static final Set<Role> VOLUNTEER_HOURS_READERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN);
    /** Village reports: the supporter (as they are), sounding board, administrator and policy (suppressed). */
    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.SUPPORTER, Role.SOUNDING_BOARD,
            Role.MUNICIPAL_ADMIN, Role.POLICY_OFFICER);
    private static final Set<Role> DASHBOARD = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.POLICY_OFFICER);
    /** The social map holds organisation data: its keepers, and who reads it (village-bound: what serves theirs). */
    private static final Set<Role> MAP_KEEPERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN);
    private static final Set<Role> MAP_READERS = EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN,
            Role.SOUNDING_BOARD, Role.POLICY_OFFICER);
    /** The platform inbox is the municipality's case file: its WMO consultants alone. */
    private static final Set<Role> WMO_CONSULTANT = EnumSet.of(Role.WMO_CONSULTANT);
    /** No user role: the endpoint is a machine's ({@link Scope#MACHINE}). */
    private static final Set<Role> NO_ROLE = EnumSet.noneOf(Role.class);
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
            // delivery of intakes: the consultant's inbox (personal data), the admin's failed deliveries (none)
            // mandates: the administrator grants and revokes them; a supporter reads her own
            new Rule("GET", M + "/mandates", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", M + "/mandates", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/mandates/{mandateId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", M + "/mandates/{mandateId}/revocation", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/me/mandates", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/mandaten", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/mandaten/nieuw", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/mandaten/nieuw", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/mandaten/{mandateId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/mandaten/{mandateId}/intrekken", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/inbox-intakes", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("GET", M + "/inbox-intakes/{intakeId}", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("GET", M + "/inbox-intakes/{intakeId}/document", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("POST", M + "/inbox-intakes/{intakeId}/acceptance", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("POST", M + "/inbox-intakes/{intakeId}/progress", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("GET", M + "/intake-deliveries", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", M + "/intake-deliveries/{intakeId}/retry", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/intake-delivery-channel", Scope.OWN_MUNICIPALITY, ADMIN),
            // the case systems' notification webhook: the municipality's notification token, never a user's
            new Rule("POST", "/api/v1/zgw-notificaties/{municipality}", Scope.MACHINE, NO_ROLE),
            new Rule("GET", "/meldingen", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("GET", "/meldingen/{intakeId}", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("GET", "/meldingen/{intakeId}/document", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("POST", "/meldingen/{intakeId}/accepteren", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("POST", "/meldingen/{intakeId}/voortgang", Scope.OWN_MUNICIPALITY, WMO_CONSULTANT),
            new Rule("GET", "/mislukte-verzendingen", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/mislukte-verzendingen/{intakeId}/opnieuw", Scope.OWN_MUNICIPALITY, ADMIN),
            // WMO intakes: personal data of the supporter's residents (the mandate is checked inside); the
            // admin sees the deadlines of submitted ones without residents. intakeId is an unknown id.
            new Rule("POST", M + "/intakes", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/intakes", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/intakes/{intakeId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("PUT", M + "/intakes/{intakeId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("DELETE", M + "/intakes/{intakeId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", M + "/intakes/{intakeId}/submission", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/intake-deadlines", Scope.OWN_MUNICIPALITY, ADMIN),
            // the intake pages: the supporter's (the contact of nieuw?contact= is checked inside: 404 when not
            // hers), the admin's deadlines without residents. intakeId is an unknown id.
            new Rule("GET", "/wmo-meldingen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/wmo-meldingen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/wmo-meldingen/concept", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/wmo-meldingen/{intakeId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/wmo-meldingen/{intakeId}/concept", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/wmo-meldingen/{intakeId}/indienen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/wmo-meldingen/{intakeId}/verwijderen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/wmo-termijnen", Scope.OWN_MUNICIPALITY, ADMIN),
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
            // volunteers: the register, VOGs, links and help requests are the supporter's; the totals also the
            // administrator's (without names); the VOG settings the administrator's alone
            new Rule("POST", M + "/volunteers", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/volunteers", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/volunteers/{volunteerId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/volunteers/{volunteerId}/data-export", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("PUT", M + "/volunteers/{volunteerId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/volunteers/{volunteerId}/vogs", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/volunteers/{volunteerId}/hours-link", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("DELETE", M + "/volunteers/{volunteerId}/hours-link", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/help-requests", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/help-requests", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/help-requests/{helpRequestId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/help-requests/{helpRequestId}/match", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/help-requests/{helpRequestId}/status", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/volunteer-hours", Scope.OWN_MUNICIPALITY, VOLUNTEER_HOURS_READERS),
            new Rule("GET", M + "/volunteer-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PUT", M + "/volunteer-settings", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/vrijwilligers", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/vrijwilligers/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/vrijwilligers/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/vrijwilligers/{volunteerId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/vrijwilligers/{volunteerId}/wijzigen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/vrijwilligers/{volunteerId}/wijzigen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/vrijwilligers/{volunteerId}/vog", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/vrijwilligers/{volunteerId}/urenlink", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/vrijwilligers/{volunteerId}/urenlink/intrekken", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/hulpvragen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/hulpvragen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/hulpvragen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/hulpvragen/{helpRequestId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/hulpvragen/{helpRequestId}/koppelen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/hulpvragen/{helpRequestId}/status", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/vrijwilligersuren", Scope.OWN_MUNICIPALITY, VOLUNTEER_HOURS_READERS),
            new Rule("GET", "/vrijwilligers-instellingen", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/vrijwilligers-instellingen", Scope.OWN_MUNICIPALITY, ADMIN),
            // the volunteer's own hours page behind her personal link: no login, the token is the key;
            // it shows her first name only, never anyone else's data
            new Rule("GET", "/publiek/{municipality}/uren/{token}", Scope.PUBLIC, EVERYONE),
            new Rule("POST", "/publiek/{municipality}/uren/{token}", Scope.PUBLIC, EVERYONE),
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
            // the knowledge feed (news): items by id only for the reader's villages (404 elsewhere)
            new Rule("POST", M + "/news-items", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/news-items", Scope.OWN_MUNICIPALITY, NEWS_READERS),
            new Rule("GET", M + "/news-items/{newsItemId}", Scope.OWN_VILLAGE, NEWS_READERS),
            new Rule("PUT", M + "/news-items/{newsItemId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", M + "/news-items/{newsItemId}/withdrawal", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/nieuws", Scope.OWN_MUNICIPALITY, NEWS_READERS),
            new Rule("GET", "/nieuws/nieuw", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/nieuws/nieuw", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/nieuws/{newsItemId}", Scope.OWN_VILLAGE, NEWS_READERS),
            new Rule("GET", "/nieuws/{newsItemId}/wijzigen", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/nieuws/{newsItemId}/wijzigen", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/nieuws/{newsItemId}/intrekken", Scope.OWN_MUNICIPALITY, ADMIN),
            // onboarding: the checklist and the progress overview are the administrator's; the
            // supporter's own development (/me/…) is hers alone: another supporter's ids are 404
            new Rule("GET", M + "/onboarding-items", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", M + "/onboarding-items", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PUT", M + "/onboarding-items/{itemId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/onboarding-progress", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/onboarding-progress/{supporterId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", M + "/me/onboarding", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("PUT", M + "/me/onboarding/{itemId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/me/reflections", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", M + "/me/reflections", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("DELETE", M + "/me/reflections/{reflectionId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/me/trainings", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", M + "/me/trainings", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("DELETE", M + "/me/trainings/{trainingId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/inwerken", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/inwerken/{supporterId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/inwerken/checklist", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/inwerken/checklist", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/inwerken/checklist/{itemId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/inwerken/checklist/{itemId}", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/mijn-ontwikkeling", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/mijn-ontwikkeling/taken/{itemId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-ontwikkeling/taken/{itemId}", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/mijn-ontwikkeling/reflecties", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-ontwikkeling/reflecties", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-ontwikkeling/reflecties/{reflectionId}/verwijderen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/mijn-ontwikkeling/trainingen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-ontwikkeling/trainingen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-ontwikkeling/trainingen/{trainingId}/verwijderen", Scope.OWN_VILLAGE, SUPPORTER),
            // community: initiatives and activities (figures) read by administrator and policy too,
            // associations with their contact persons the supporter's alone; the pages are the supporter's
            new Rule("POST", M + "/initiatives", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/initiatives", Scope.OWN_MUNICIPALITY, COMMUNITY_READERS),
            new Rule("GET", M + "/initiatives/{initiativeId}", Scope.OWN_VILLAGE, COMMUNITY_READERS),
            new Rule("POST", M + "/initiatives/{initiativeId}/status-changes", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/initiatives/{initiativeId}/support", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/activities", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/activities", Scope.OWN_MUNICIPALITY, COMMUNITY_READERS),
            new Rule("GET", M + "/activities/{activityId}", Scope.OWN_VILLAGE, COMMUNITY_READERS),
            new Rule("POST", M + "/associations", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/associations", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/associations/{associationId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/associations/{associationId}/contact-persons", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("DELETE", M + "/associations/{associationId}/contact-persons/{personId}", Scope.OWN_VILLAGE,
                    SUPPORTER),
            new Rule("POST", M + "/associations/{associationId}/contacts", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/activiteiten", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/activiteiten/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/activiteiten/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/activiteiten/{activityId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/initiatieven/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/initiatieven/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/initiatieven/{initiativeId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/initiatieven/{initiativeId}/status", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/initiatieven/{initiativeId}/steun", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/verenigingen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/verenigingen/nieuw", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/verenigingen/{associationId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/verenigingen/{associationId}/contactpersonen", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/verenigingen/{associationId}/contactpersonen/{personId}/verwijderen", Scope.OWN_VILLAGE,
                    SUPPORTER),
            new Rule("POST", "/verenigingen/{associationId}/contactmomenten", Scope.OWN_VILLAGE, SUPPORTER),
            // reports (issue #7): a village's report for its readers, the dashboard for administrator and
            // policy, funding for the administrator, platform figures for the platform administrator
            new Rule("GET", M + "/village-reports/{villageId}", Scope.OWN_VILLAGE, REPORT_READERS),
            new Rule("GET", M + "/village-reports/{villageId}/pdf", Scope.OWN_VILLAGE, REPORT_READERS),
            new Rule("GET", M + "/village-reports/{villageId}/xlsx", Scope.OWN_VILLAGE, REPORT_READERS),
            new Rule("PUT", M + "/village-reports/{villageId}/narrative", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", M + "/dashboard", Scope.OWN_MUNICIPALITY, DASHBOARD),
            new Rule("GET", M + "/dashboard/pdf", Scope.OWN_MUNICIPALITY, DASHBOARD),
            new Rule("GET", M + "/dashboard/xlsx", Scope.OWN_MUNICIPALITY, DASHBOARD),
            new Rule("GET", M + "/grants", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("PUT", M + "/grants", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", M + "/grant-costs", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/api/v1/platform-figures", Scope.PLATFORM, PLATFORM_ADMIN),
            new Rule("GET", "/rapportages", Scope.OWN_MUNICIPALITY, REPORT_READERS),
            new Rule("GET", "/rapportages/{villageId}", Scope.OWN_VILLAGE, REPORT_READERS),
            new Rule("GET", "/rapportages/{villageId}/pdf", Scope.OWN_VILLAGE, REPORT_READERS),
            new Rule("GET", "/rapportages/{villageId}/xlsx", Scope.OWN_VILLAGE, REPORT_READERS),
            new Rule("POST", "/rapportages/{villageId}/verhaal", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/dashboard", Scope.OWN_MUNICIPALITY, DASHBOARD),
            new Rule("GET", "/dashboard/pdf", Scope.OWN_MUNICIPALITY, DASHBOARD),
            new Rule("GET", "/dashboard/xlsx", Scope.OWN_MUNICIPALITY, DASHBOARD),
            new Rule("GET", "/subsidie", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/subsidie", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("POST", "/subsidie/kosten", Scope.OWN_MUNICIPALITY, ADMIN),
            new Rule("GET", "/publiek/{municipality}/{villageSlug}/jaarverslag/{year}", Scope.PUBLIC, EVERYONE),
            new Rule("GET", "/publiek/{municipality}/{villageSlug}/jaarverslag/{year}/pdf", Scope.PUBLIC, EVERYONE),
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
            // profiles: the public pages of the municipality and its villages with the published profiles
            new Rule("GET", "/publiek/{municipality}", Scope.PUBLIC, EVERYONE),
            new Rule("GET", "/publiek/{municipality}/{village}", Scope.PUBLIC, EVERYONE),
            new Rule("GET", "/publiek/{municipality}/dorpsondersteuners/{supporterId}/foto", Scope.PUBLIC, EVERYONE),
            // contact requests: the village's public contact form
            new Rule("GET", "/publiek/{municipality}/{village}/contact", Scope.PUBLIC, EVERYONE),
            new Rule("POST", "/publiek/{municipality}/{village}/contact", Scope.PUBLIC, EVERYONE),
            new Rule("GET", "/publiek/{municipality}/{village}/contact/bedankt", Scope.PUBLIC, EVERYONE),
            // profiles: the supporter edits her own profile (API and page)
            new Rule("GET", M + "/supporter-profile", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("PUT", M + "/supporter-profile", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("PUT", M + "/supporter-profile/photo", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("DELETE", M + "/supporter-profile/photo", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/mijn-profiel", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-profiel", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-profiel/foto", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("POST", "/mijn-profiel/foto/verwijderen", Scope.OWN_MUNICIPALITY, SUPPORTER),
            // contact requests: the inbox of the supporter of the village (API and pages)
            new Rule("GET", M + "/contact-requests", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", M + "/contact-requests/{contactRequestId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", M + "/contact-requests/{contactRequestId}/handled", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("GET", "/contactverzoeken", Scope.OWN_MUNICIPALITY, SUPPORTER),
            new Rule("GET", "/contactverzoeken/{contactRequestId}", Scope.OWN_VILLAGE, SUPPORTER),
            new Rule("POST", "/contactverzoeken/{contactRequestId}/afgehandeld", Scope.OWN_VILLAGE, SUPPORTER),
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
