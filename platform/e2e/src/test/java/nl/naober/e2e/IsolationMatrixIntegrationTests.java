package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.naober.e2e.AccessPolicy.Rule;
import nl.naober.e2e.AccessPolicy.Scope;
import nl.naober.kernel.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the app (discovered from its handler mappings at test time) is called for every
 * role × own/other municipality × own/other village with real Keycloak tokens, directly at the app
 * (which must not rely on the gateway), and the answer is checked against {@link AccessPolicy}.
 * A leak is a 2xx where the policy says no, or any body that shows another municipality's or
 * another village's data where the policy says no. Error bodies must never show internals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixIntegrationTests {

    /** No resident data exists yet; any id shows whether the resident's access history is reachable. */

    private E2eStack.Municipality own;
    private E2eStack.Municipality other;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private String ownMemberId;
    private String otherMemberId;
    private String otherMarker;
    private String otherVillageMarker;
    /** In the name of every resident: only a supporter of her village may ever see it. */
    private String personalMarker;
    private String otherVillagePersonalMarker;
    /** Ids for the path variables of the workspace: own village, other village, other municipality. */
    private final Map<String, Fixture> fixtures = new java.util.HashMap<>();

    @BeforeAll
    void twoMunicipalitiesWithEveryRole() {
        own = E2eStack.municipality("mx-eigen", "Eigen-dorp", "Buur-dorp-" + System.nanoTime());
        otherMarker = "Geheim-" + System.nanoTime();
        other = E2eStack.municipality("mx-ander", otherMarker);
        otherVillageMarker = E2eStack.call("GET", "/api/v1/municipalities/" + own.slug() + "/villages/"
                + own.villageIds().get(1), E2eStack.token(own.admin()), null).json().get("name").asString();
        tokens.put(Role.PLATFORM_ADMIN, E2eStack.platformAdminToken());
        tokens.put(Role.MUNICIPAL_ADMIN, E2eStack.token(own.admin()));
        for (Role role : List.of(Role.SUPPORTER, Role.SOUNDING_BOARD, Role.WMO_CONSULTANT, Role.POLICY_OFFICER,
                Role.PRIVACY_OFFICER)) {
            String email = role.code() + "@" + own.slug() + ".example";
            boolean villageBound = role == Role.SUPPORTER || role == Role.SOUNDING_BOARD;
            E2eStack.Response invited = villageBound ? E2eStack.invite(own, email, role.code(), own.villageIds().get(0))
                    : E2eStack.invite(own, email, role.code());
            E2eStack.expect(201, invited);
            if (role == Role.SUPPORTER) {
                ownMemberId = invited.json().get("id").asString();
            }
            E2eStack.setPassword(email);
            tokens.put(role, E2eStack.token(email));
        }
        otherMemberId = E2eStack.call("GET", "/api/v1/municipalities/" + other.slug() + "/users",
                E2eStack.token(other.admin()), null).json().get(0).get("id").asString();
        workspaceFixtures();
    }

    /**
     * Residents, contacts and care networks in the supporter's own village, in the other village of
     * her municipality (kept by a colleague) and in the other municipality, so every path variable
     * of the workspace can be called for all three.
     */
    private void workspaceFixtures() {
        personalMarker = "Persoonlijk" + System.nanoTime();
        otherVillagePersonalMarker = personalMarker + "Buurdorp";
        String neighbourEmail = "supporter-buurdorp@" + own.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(own, neighbourEmail, Role.SUPPORTER.code(), own.villageIds().get(1)));
        E2eStack.setPassword(neighbourEmail);
        String foreignEmail = "supporter@" + other.slug() + ".example";
        E2eStack.expect(201, E2eStack.invite(other, foreignEmail, Role.SUPPORTER.code(), other.villageIds().getFirst()));
        E2eStack.setPassword(foreignEmail);
        Workspace ownVillage = workspace(own, tokens.get(Role.SUPPORTER), personalMarker + " Eigen");
        Workspace otherVillage = workspace(own, E2eStack.token(neighbourEmail), otherVillagePersonalMarker);
        Workspace otherMunicipality = workspace(other, E2eStack.token(foreignEmail), otherMarker + " " + personalMarker);
        fixtures.put("residentId", new Fixture(ownVillage.resident(), otherVillage.resident(), otherMunicipality.resident()));
        fixtures.put("contactId", new Fixture(ownVillage.contact(), otherVillage.contact(), otherMunicipality.contact()));
        fixtures.put("memberId", new Fixture(ownVillage.careMember(), otherVillage.careMember(),
                otherMunicipality.careMember()));
        fixtures.put("referralId", new Fixture(ownVillage.referral(), otherVillage.referral(),
                otherMunicipality.referral()));
        fixtures.put("signalId", new Fixture(ownVillage.signal(), otherVillage.signal(), otherMunicipality.signal()));
        fixtures.put("carerId", new Fixture(ownVillage.carer(), otherVillage.carer(), otherMunicipality.carer()));
        socialMapFixtures(E2eStack.token(neighbourEmail), E2eStack.token(foreignEmail));
        // reports: villages by id and by public address, and a year
        fixtures.put("villageId", new Fixture(own.villageIds().get(0), own.villageIds().get(1),
                other.villageIds().getFirst()));
        fixtures.put("villageSlug", new Fixture(villageSlug(own, 0), villageSlug(own, 1), villageSlug(other, 0)));
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear());
        fixtures.put("year", new Fixture(year, year, year));
        VolunteerFixture ownVolunteers = volunteers(own, tokens.get(Role.SUPPORTER), personalMarker + " Eigen",
                ownVillage.contact());
        VolunteerFixture otherVillageVolunteers = volunteers(own, E2eStack.token(neighbourEmail),
                otherVillagePersonalMarker, otherVillage.contact());
        VolunteerFixture otherMunicipalityVolunteers = volunteers(other, E2eStack.token(foreignEmail),
                otherMarker + " " + personalMarker, otherMunicipality.contact());
        fixtures.put("volunteerId", new Fixture(ownVolunteers.volunteer(), otherVillageVolunteers.volunteer(),
                otherMunicipalityVolunteers.volunteer()));
        fixtures.put("helpRequestId", new Fixture(ownVolunteers.helpRequest(), otherVillageVolunteers.helpRequest(),
                otherMunicipalityVolunteers.helpRequest()));
        fixtures.put("token", new Fixture(ownVolunteers.token(), otherVillageVolunteers.token(),
                otherMunicipalityVolunteers.token()));
        fixtures.put("initiativeId", new Fixture(ownVillage.initiative(), otherVillage.initiative(),
                otherMunicipality.initiative()));
        fixtures.put("associationId", new Fixture(ownVillage.association(), otherVillage.association(),
                otherMunicipality.association()));
        fixtures.put("personId", new Fixture(ownVillage.person(), otherVillage.person(), otherMunicipality.person()));
        fixtures.put("activityId", new Fixture(ownVillage.activity(), otherVillage.activity(),
                otherMunicipality.activity()));
        // intakes reach the inbox only through the worker, which the matrix does not drive: an unknown
        // intake id checks the roles and the municipality of the path (an allowed caller gets 404)
        String noIntake = "00000000-0000-4000-8000-000000000006";
        fixtures.put("intakeId", new Fixture(noIntake, noIntake, noIntake));
        // no mandate is granted in the matrix's municipalities: an unknown id checks the roles and the
        // municipality of the path (the administrator gets 404)
        String noMandate = "00000000-0000-4000-8000-000000000007";
        fixtures.put("mandateId", new Fixture(noMandate, noMandate, noMandate));
        String ownTheme = firstTheme(own);
        fixtures.put("themeId", new Fixture(ownTheme, ownTheme, firstTheme(other)));
        developmentFixtures(neighbourEmail, foreignEmail);
        publicPageFixtures(E2eStack.token(neighbourEmail), E2eStack.token(foreignEmail));
    }

    /**
     * The public pages' path variables (village slugs, a supporter) and a contact request sent
     * through the public form in each of the three villages, with a resident's name in it.
     */
    private void publicPageFixtures(String neighbour, String foreign) {
        String ownSlug = villageSlug(own, 0);
        String neighbourSlug = villageSlug(own, 1);
        String foreignSlug = villageSlug(other, 0);
        fixtures.put("village", new Fixture(ownSlug, neighbourSlug, foreignSlug));
        fixtures.put("supporterId", new Fixture(ownMemberId, ownMemberId, otherMemberId));
        fixtures.put("contactRequestId", new Fixture(
                contactRequest(own, ownSlug, tokens.get(Role.SUPPORTER), personalMarker + " Eigen"),
                contactRequest(own, neighbourSlug, neighbour, otherVillagePersonalMarker),
                contactRequest(other, foreignSlug, foreign, otherMarker + " " + personalMarker)));
    }

    private static String villageSlug(E2eStack.Municipality municipality, int index) {
        return E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/villages/"
                        + municipality.villageIds().get(index), E2eStack.token(municipality.admin()), null)
                .json().get("slug").asString();
    }

    private static String contactRequest(E2eStack.Municipality municipality, String village, String supporter,
            String name) {
        String form = "name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                + "&phone=0541+123456&message=Graag+contact&consent=true";
        try {
            var sent = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(E2eStack.get().appUrl() + "/publiek/" + municipality.slug() + "/"
                                    + village + "/contact"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Naober-Client-Address", "198.51.100." + (1 + Math.abs(name.hashCode() % 250)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/contact-requests", supporter,
                null).json().get(0).get("id").asString();
    }

    private static Workspace workspace(E2eStack.Municipality municipality, String supporter, String name) {
        String base = "/api/v1/municipalities/" + municipality.slug();
        E2eStack.Response contact = E2eStack.call("POST", base + "/contacts", supporter, """
                {"channel": "home-visit", "themes": ["eenzaamheid"], "route": "volunteer", "minutes": 30,
                 "function": "F3", "summary": "%s vertelt", "followUpOn": "2100-01-01",
                 "resident": {"name": "%s", "phone": "0541 123456"}}""".formatted(name, name));
        E2eStack.expect(201, contact);
        String resident = contact.json().get("resident").get("id").asString();
        E2eStack.Response member = E2eStack.call("POST", base + "/residents/" + resident + "/care-network", supporter,
                "{\"relation\": \"neighbour\", \"name\": \"" + name + " buurman\"}");
        E2eStack.expect(201, member);
        E2eStack.Response referral = E2eStack.call("POST", base + "/residents/" + resident + "/referrals", supporter, """
                {"targetName": "Praktijkondersteuner", "targetKind": "professional", "reason": "%s vraagt hulp",
                 "consent": {"what": "naam en hulpvraag", "recipient": "POH", "givenOn": "%s", "form": "verbal"}}"""
                .formatted(name, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))));
        E2eStack.expect(201, referral);
        E2eStack.Response signal = E2eStack.call("POST", base + "/signals", supporter, """
                {"theme": "eenzaamheid", "title": "Eenzaamheid onder ouderen",
                 "description": "Steeds meer ouderen melden zich.", "estimatedResidents": 25,
                 "addressee": "municipality", "contacts": ["%s"]}""".formatted(contact.json().get("id").asString()));
        E2eStack.expect(201, signal);
        E2eStack.Response carer = E2eStack.call("POST", base + "/carers", supporter, """
                {"name": "%s mantelzorger", "caresFor": {"relation": "partner"}, "burden": "heavy",
                 "referredToCarerSupport": false}""".formatted(name));
        E2eStack.expect(201, carer);
        // community: the personal marker only where the supporter alone may see it (free text, contact persons)
        E2eStack.Response initiative = E2eStack.call("POST", base + "/initiatives", supporter, """
                {"name": "Buurtbus", "initiators": "residents", "description": "%s wil een buurtbus"}"""
                .formatted(name));
        E2eStack.expect(201, initiative);
        E2eStack.Response association = E2eStack.call("POST", base + "/associations", supporter,
                "{\"name\": \"Harmonie\", \"kind\": \"culture\"}");
        E2eStack.expect(201, association);
        E2eStack.Response person = E2eStack.call("POST", base + "/associations/" + association.json().get("id")
                .asString() + "/contact-persons", supporter, "{\"name\": \"" + name + " secretaris\"}");
        E2eStack.expect(201, person);
        E2eStack.Response activity = E2eStack.call("POST", base + "/activities", supporter, """
                {"kind": "walk", "title": "Ommetje", "heldOn": "%s", "participants": 8, "note": "%s liep mee"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), name));
        E2eStack.expect(201, activity);
        return new Workspace(resident, contact.json().get("id").asString(), member.json().get("id").asString(),
                referral.json().get("id").asString(), signal.json().get("id").asString(),
                carer.json().get("id").asString(), initiative.json().get("id").asString(),
                association.json().get("id").asString(), person.json().get("id").asString(),
                activity.json().get("id").asString());
    }

    /**
     * News for the supporter's village, for the other village only and in the other municipality;
     * onboarding items; reflections and trainings of the supporter, of her neighbour and of the
     * other municipality's supporter. Reflections and checklist notes carry the personal marker:
     * only their author may ever see them, the administrator included.
     */
    private void developmentFixtures(String neighbourEmail, String foreignEmail) {
        String ownAdmin = tokens.get(Role.MUNICIPAL_ADMIN);
        String otherAdmin = E2eStack.token(other.admin());
        fixtures.put("newsItemId", new Fixture(newsItem(own, ownAdmin, own.villageIds().get(0)),
                newsItem(own, ownAdmin, own.villageIds().get(1)),
                newsItem(other, otherAdmin, other.villageIds().getFirst())));
        String ownItem = firstOnboardingItem(own, ownAdmin);
        fixtures.put("itemId", new Fixture(ownItem, ownItem, firstOnboardingItem(other, otherAdmin)));
        String ownSupporter = tokens.get(Role.SUPPORTER);
        String neighbour = E2eStack.token(neighbourEmail);
        String foreign = E2eStack.token(foreignEmail);
        E2eStack.expect(200, E2eStack.call("PUT", "/api/v1/municipalities/" + own.slug() + "/me/onboarding/" + ownItem,
                ownSupporter, "{\"done\": true, \"note\": \"" + personalMarker + " Eigen notitie\"}"));
        fixtures.put("reflectionId", new Fixture(reflection(own, ownSupporter, personalMarker + " Eigen"),
                reflection(own, neighbour, otherVillagePersonalMarker),
                reflection(other, foreign, otherMarker + " " + personalMarker)));
        fixtures.put("trainingId", new Fixture(training(own, ownSupporter), training(own, neighbour),
                training(other, foreign)));
        String neighbourId = E2eStack.call("GET", "/api/v1/municipalities/" + own.slug() + "/me", neighbour, null)
                .json().get("id").asString();
        fixtures.put("supporterId", new Fixture(ownMemberId, neighbourId, otherMemberId));
    }

    private static String newsItem(E2eStack.Municipality municipality, String admin, String village) {
        E2eStack.Response item = E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug() + "/news-items",
                admin, """
                {"title": "Nieuws voor %s", "body": "Tekst", "topic": "care", "scope": "local", "villages": ["%s"]}"""
                        .formatted(municipality.slug(), village));
        E2eStack.expect(201, item);
        return item.json().get("id").asString();
    }

    private static String firstOnboardingItem(E2eStack.Municipality municipality, String admin) {
        return E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/onboarding-items", admin, null)
                .json().get(0).get("id").asString();
    }

    private static String reflection(E2eStack.Municipality municipality, String supporter, String text) {
        E2eStack.Response entry = E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug()
                + "/me/reflections", supporter, "{\"text\": \"" + text + " reflecteert\"}");
        E2eStack.expect(201, entry);
        return entry.json().get("id").asString();
    }

    private static String training(E2eStack.Municipality municipality, String supporter) {
        E2eStack.Response training = E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug()
                + "/me/trainings", supporter, """
                {"title": "Gespreksvaardigheden", "provider": "Movisie", "attendedOn": "2026-01-15", "hours": 3.5}""");
        E2eStack.expect(201, training);
        return training.json().get("id").asString();
    }

    /**
     * A volunteer named after the workspace, a help request from its contact, and another volunteer
     * with a personal hours link whose first name is neutral: her public page shows only that, so the
     * marker in her last name must never appear there.
     */
    private static VolunteerFixture volunteers(E2eStack.Municipality municipality, String supporter, String name,
            String contact) {
        String base = "/api/v1/municipalities/" + municipality.slug();
        E2eStack.Response volunteer = E2eStack.call("POST", base + "/volunteers", supporter, """
                {"firstName": "%s", "phone": "0541 654321", "consentToContact": true, "skills": ["vervoer"],
                 "availability": ["monday-morning"]}""".formatted(name));
        E2eStack.expect(201, volunteer);
        E2eStack.Response linked = E2eStack.call("POST", base + "/volunteers", supporter, """
                {"firstName": "Vrijwilliger", "lastName": "%s", "consentToContact": true, "skills": ["klussen"]}"""
                .formatted(name));
        E2eStack.expect(201, linked);
        E2eStack.Response link = E2eStack.call("POST", base + "/volunteers/" + linked.json().get("id").asString()
                + "/hours-link", supporter, "{}");
        E2eStack.expect(201, link);
        E2eStack.Response help = E2eStack.call("POST", base + "/help-requests", supporter, """
                {"contactId": "%s", "skill": "vervoer", "workKind": "vervoer", "neededOn": "%s", "partOfDay": "morning",
                 "description": "%s naar de huisarts"}""".formatted(contact,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7), name));
        E2eStack.expect(201, help);
        return new VolunteerFixture(volunteer.json().get("id").asString(), link.json().get("token").asString(),
                help.json().get("id").asString());
    }

    private record VolunteerFixture(String volunteer, String token, String helpRequest) {
    }

    /**
     * A social map entry serving each village (the other municipality's named with its marker) and a
     * pending import of each supporter.
     */
    private void socialMapFixtures(String neighbour, String foreign) {
        String ownVillage = own.villageIds().get(0);
        String otherVillage = own.villageIds().get(1);
        String foreignVillage = other.villageIds().getFirst();
        fixtures.put("entryId", new Fixture(mapEntry(own, tokens.get(Role.SUPPORTER), "Dorpsauto", ownVillage),
                mapEntry(own, neighbour, "Buurtbus", otherVillage),
                mapEntry(other, foreign, otherMarker + " vervoer", foreignVillage)));
        fixtures.put("importId", new Fixture(pendingImport(own, tokens.get(Role.SUPPORTER), ownVillage),
                pendingImport(own, neighbour, otherVillage), pendingImport(other, foreign, foreignVillage)));
    }

    private static String mapEntry(E2eStack.Municipality municipality, String supporter, String name, String village) {
        E2eStack.Response entry = E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug()
                + "/social-map-entries", supporter, """
                {"kind": "service", "name": "%s", "categories": ["vervoer"], "targetGroups": ["ouderen"],
                 "villages": ["%s"], "visibility": "public"}""".formatted(name, village));
        E2eStack.expect(201, entry);
        return entry.json().get("id").asString();
    }

    private static String pendingImport(E2eStack.Municipality municipality, String supporter, String village) {
        String name = village(municipality, village).get("name").asString();
        E2eStack.Response pending = E2eStack.call("POST", "/api/v1/municipalities/" + municipality.slug()
                + "/social-map-imports", supporter, "Soort;Naam;Categorieën;Doelgroepen;Dorpen;Zichtbaarheid\r\n"
                + "Dienst;Klusdienst;Wonen;Ouderen;" + name + ";openbaar\r\nDienst;;Wonen;Ouderen;" + name + ";openbaar\r\n");
        E2eStack.expect(201, pending);
        return pending.json().get("id").asString();
    }

    private static JsonNode village(E2eStack.Municipality municipality, String id) {
        return E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/villages/" + id,
                E2eStack.token(municipality.admin()), null).json();
    }

    private static String firstTheme(E2eStack.Municipality municipality) {
        return E2eStack.call("GET", "/api/v1/municipalities/" + municipality.slug() + "/contact-themes",
                E2eStack.token(municipality.admin()), null).json().get(0).get("id").asString();
    }

    @Test
    void everyEndpointAnswersEveryRoleAsThePolicySays() {
        List<Endpoint> endpoints = discoverEndpoints();
        assertThat(endpoints).as("discovered endpoints").hasSizeGreaterThan(10);
        List<String> unknown = endpoints.stream().filter(e -> AccessPolicy.find(e.method(), e.pattern()).isEmpty())
                .map(Endpoint::toString).toList();
        assertThat(unknown).as("endpoints missing from AccessPolicy").isEmpty();
        List<String> stale = AccessPolicy.RULES.stream()
                .filter(r -> endpoints.stream().noneMatch(e -> e.method().equals(r.method())
                        && e.pattern().equals(r.pattern())))
                .map(r -> r.method() + " " + r.pattern()).toList();
        assertThat(stale).as("policy rules that match no endpoint").isEmpty();

        List<String> leaks = new ArrayList<>();
        List<String> wrongRefusals = new ArrayList<>();
        List<String> internals = new ArrayList<>();
        int cases = 0;
        for (Endpoint endpoint : endpoints) {
            Rule rule = AccessPolicy.find(endpoint.method(), endpoint.pattern()).orElseThrow();
            for (Role role : Role.values()) {
                for (boolean ownMunicipality : new boolean[] {true, false}) {
                    for (boolean ownVillage : new boolean[] {true, false}) {
                        cases++;
                        Case c = new Case(endpoint, rule, role, ownMunicipality, ownVillage);
                        E2eStack.Response response = call(c);
                        boolean allowed = allowed(c);
                        String label = c + " -> " + response.status();
                        if (!allowed && (response.status() / 100 == 2 || showsForeignData(c, response))) {
                            leaks.add(label + " " + abbreviate(response.body()));
                        }
                        if (rule.scope() == Scope.MACHINE && response.status() != 401 && response.status() != 403) {
                            leaks.add(label + " a machine's endpoint not refused to a user "
                                    + abbreviate(response.body()));
                        }
                        if (allowed && (response.status() == 401 || response.status() == 403)) {
                            wrongRefusals.add(label + " " + abbreviate(response.body()));
                        }
                        if (response.status() >= 400 && showsInternals(response.body())) {
                            internals.add(label + " " + abbreviate(response.body()));
                        }
                        if (ownMunicipality && response.body().contains(otherMarker)) {
                            leaks.add(label + " shows the other municipality's data");
                        }
                    }
                }
            }
        }
        System.out.printf("Isolation matrix: %d endpoints x %d cases each = %d calls, %d leaks%n", endpoints.size(),
                Role.values().length * 4, cases, leaks.size());
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(wrongRefusals).as("allowed by the policy but refused").isEmpty();
        assertThat(internals).as("error bodies showing internals").isEmpty();
    }

    private boolean allowed(Case c) {
        if (!c.rule().roles().contains(c.role())) {
            return c.rule().scope() == Scope.PUBLIC;
        }
        return switch (c.rule().scope()) {
            case PUBLIC, SIGNED_IN, PLATFORM -> true;
            case OWN_MUNICIPALITY -> c.ownMunicipality();
            case OWN_VILLAGE -> c.ownMunicipality() && (c.ownVillage() || !villageBound(c.role()));
            case MACHINE -> false;
        };
    }

    private boolean showsForeignData(Case c, E2eStack.Response response) {
        String body = response.body();
        if (c.rule().scope() == Scope.PUBLIC) {
            // public pages are anyone's, of every municipality: only personal data would be a leak
            return body.contains(personalMarker) || body.contains(otherVillagePersonalMarker);
        }
        return body.contains(otherMarker) || (!c.ownVillage() && villageBound(c.role()) && body.contains(otherVillageMarker))
                || (c.role() != Role.SUPPORTER && body.contains(personalMarker))
                || (c.role() == Role.SUPPORTER && body.contains(otherVillagePersonalMarker));
    }

    private static boolean villageBound(Role role) {
        return role == Role.SUPPORTER || role == Role.SOUNDING_BOARD;
    }

    private static final java.util.regex.Pattern SQL_SELECT = java.util.regex.Pattern.compile("(?<![<\\w-])select\\s");

    private static boolean showsInternals(String body) {
        return body.contains("Exception") || body.contains("\tat ") || body.contains("org.springframework")
                || body.contains("java.lang") || body.contains("org.hibernate") || body.contains("org.postgresql")
                // SQL, not a form's <select> element or a class name like utrecht-select
                || SQL_SELECT.matcher(body.toLowerCase(java.util.Locale.ROOT)).find();
    }

    private E2eStack.Response call(Case c) {
        E2eStack.Municipality target = c.ownMunicipality() ? own : other;
        String path = c.endpoint().pattern()
                .replace("{municipality}", target.slug())
                .replace("{slug}", c.endpoint().method().equals("DELETE") ? "bestaat-niet" : target.slug());
        if (path.contains("/villages/{id}")) {
            String village = c.ownMunicipality() ? own.villageIds().get(c.ownVillage() ? 0 : 1)
                    : other.villageIds().getFirst();
            path = path.replace("{id}", village);
        }
        if (path.contains("/users/{id}")) {
            path = path.replace("{id}", c.ownMunicipality() ? ownMemberId : otherMemberId);
        }
        for (Map.Entry<String, Fixture> fixture : fixtures.entrySet()) {
            path = path.replace("{" + fixture.getKey() + "}", fixture.getValue().pick(c));
        }
        String body = switch (c.endpoint().method()) {
            case "POST", "PUT", "PATCH" -> "{}";
            default -> null;
        };
        String token = tokens.get(c.role());
        if (!path.startsWith("/api/")) {
            // a page: the municipality is the one the gateway routed to
            return E2eStack.send(E2eStack.get().appUrl() + path, c.endpoint().method(), token, body,
                    "X-Naober-Tenant", target.slug());
        }
        return E2eStack.call(c.endpoint().method(), path, token, body);
    }

    private List<Endpoint> discoverEndpoints() {
        JsonNode mappings = E2eStack.call("GET", "/actuator/mappings", tokens.get(Role.PLATFORM_ADMIN), null).json();
        TreeSet<Endpoint> endpoints = new TreeSet<>();
        for (JsonNode context : mappings.get("contexts")) {
            JsonNode servlets = context.get("mappings").get("dispatcherServlets");
            for (JsonNode servlet : servlets) {
                for (JsonNode mapping : servlet) {
                    JsonNode details = mapping.get("details");
                    if (details == null || details.get("handlerMethod") == null
                            || !details.get("handlerMethod").get("className").asString().startsWith("nl.naober")) {
                        continue;
                    }
                    JsonNode conditions = details.get("requestMappingConditions");
                    for (JsonNode pattern : conditions.get("patterns")) {
                        for (JsonNode method : conditions.get("methods")) {
                            endpoints.add(new Endpoint(method.asString(), pattern.asString()));
                        }
                    }
                }
            }
        }
        return List.copyOf(endpoints);
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private record Workspace(String resident, String contact, String careMember, String referral, String signal,
            String carer, String initiative, String association, String person, String activity) {
    }

    /** The id a path variable gets in a case: of the own village, the other village or the other municipality. */
    private record Fixture(String ownVillage, String otherVillage, String otherMunicipality) {

        String pick(Case c) {
            return !c.ownMunicipality() ? otherMunicipality : c.ownVillage() ? ownVillage : otherVillage;
        }
    }

    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record Case(Endpoint endpoint, Rule rule, Role role, boolean ownMunicipality, boolean ownVillage) {

        @Override
        public String toString() {
            return endpoint + " as " + role.code() + (ownMunicipality ? " (own municipality" : " (other municipality")
                    + (ownVillage ? ", own village)" : ", other village)");
        }
    }
}
