package nl.naober.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.devservices.NaoberRealm;

/**
 * Demo municipalities, villages and colleagues, created through the public API as a platform and
 * a municipal administrator would; the demo logins then get a known password. Running it again
 * changes nothing.
 */
final class DemoData {

    record DemoMunicipality(String slug, String name, String cbsCode, String rsin, List<String> villages) {
    }

    /** A demo login. */
    record Login(String municipality, String role, String username, String villages) {
    }

    static final List<DemoMunicipality> MUNICIPALITIES = List.of(
            new DemoMunicipality("dinkelland", "Dinkelland", "GM1774", "823256443",
                    List.of("Denekamp", "Ootmarsum", "Weerselo")),
            new DemoMunicipality("tubbergen", "Tubbergen", "GM0183", "001830004",
                    List.of("Albergen", "Geesteren", "Vasse")));

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"name\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final NaoberStack stack;
    private final List<Login> logins = new ArrayList<>();

    DemoData(NaoberStack stack) {
        this.stack = stack;
    }

    List<Login> provision() throws IOException, InterruptedException {
        String issuer = stack.keycloak().issuerUri(NaoberRealm.NAME);
        String platformAdmin = KeycloakTokens.password(issuer, "platformbeheer", stack.demoPassword());
        logins.add(new Login("—", "platform-admin", "platformbeheer", ""));
        for (DemoMunicipality m : MUNICIPALITIES) {
            if (call("GET", "/api/v1/municipalities/" + m.slug(), platformAdmin, null).statusCode() == 404) {
                expect(201, call("POST", "/api/v1/municipalities", platformAdmin, """
                        {"slug": "%s", "name": "%s", "cbsCode": "%s", "rsin": "%s"}"""
                        .formatted(m.slug(), m.name(), m.cbsCode(), m.rsin())));
            }
            String adminUser = "beheer@" + m.slug() + ".example";
            invite(platformAdmin, "/api/v1/municipalities/" + m.slug() + "/administrators", "Beheer", m.name(),
                    adminUser, "municipal-admin", List.of());
            logins.add(new Login(m.slug(), "municipal-admin", adminUser, ""));
            String admin = KeycloakTokens.password(issuer, adminUser, stack.demoPassword());

            String villagesPath = "/api/v1/municipalities/" + m.slug() + "/villages";
            for (String village : m.villages()) {
                if (!call("GET", villagesPath + "?status=all", admin, null).body().contains("\"" + village + "\"")) {
                    expect(201, call("POST", villagesPath, admin, "{\"name\": \"" + village + "\"}"));
                }
            }
            Map<String, String> villageIds = villageIds(call("GET", villagesPath, admin, null).body());
            socialMap(m, admin);
            String users = "/api/v1/municipalities/" + m.slug() + "/users";
            for (String village : m.villages()) {
                String username = "ondersteuner." + village.toLowerCase(java.util.Locale.ROOT) + "@" + m.slug() + ".example";
                invite(admin, users, "Ondersteuner", village, username, "supporter", List.of(villageIds.get(village)));
                logins.add(new Login(m.slug(), "supporter", username, village));
                String supporterToken = KeycloakTokens.password(issuer, username, stack.demoPassword());
                workspace(m.slug(), supporterToken);
                development(m.slug(), supporterToken);
                community(m.slug(), supporterToken, village);
                publicPage(m.slug(), village, supporterToken);
                narrative(m.slug(), supporterToken, villageIds.get(village));
                mandate(m.slug(), admin, supporterToken, villageIds.get(village));
            }
            funding(m.slug(), admin, villageIds);
            news(m.slug(), admin);
            String first = m.villages().getFirst();
            invite(admin, users, "Klankbord", first, "klankbord@" + m.slug() + ".example", "sounding-board",
                    List.of(villageIds.get(first)));
            logins.add(new Login(m.slug(), "sounding-board", "klankbord@" + m.slug() + ".example", first));
            invite(admin, users, "Wmo", "Consulent", "wmo@" + m.slug() + ".example", "wmo-consultant", List.of());
            logins.add(new Login(m.slug(), "wmo-consultant", "wmo@" + m.slug() + ".example", ""));
            invite(admin, users, "Beleid", "Medewerker", "beleid@" + m.slug() + ".example", "policy-officer", List.of());
            logins.add(new Login(m.slug(), "policy-officer", "beleid@" + m.slug() + ".example", ""));
            invite(admin, users, "Privacy", "Functionaris", "privacy@" + m.slug() + ".example", "privacy-officer",
                    List.of());
            logins.add(new Login(m.slug(), "privacy-officer", "privacy@" + m.slug() + ".example", ""));
        }
        return logins;
    }

    /**
     * A few weeks of a supporter's work in her village (fictional residents): contacts on several
     * themes and routes, some anonymous, follow-ups (one overdue) and a care network. Only when she
     * has no contacts yet.
     */
    private void workspace(String municipality, String supporter) throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + municipality;
        if (!call("GET", base + "/contacts", supporter, null).body().equals("[]")) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String[][] residents = {
                {"Gerda Lansink", "06 1234 5678", "eenzaamheid", "volunteer", "F3", "Mist haar man sinds het voorjaar; wil graag naar de koffieochtend."},
                {"Hendrik Oude Booijink", "0541 123456", "mobiliteit", "own-network", "F13", "Kan niet meer autorijden; dochter rijdt op dinsdag."},
                {"Truus Nijhuis", "", "armoede-geldzorgen", "professional", "F16", "Brieven van de belastingdienst; doorverwezen naar de schuldhulp."},
        };
        for (int i = 0; i < residents.length; i++) {
            String[] r = residents[i];
            String followUp = i == 0 ? today.minusDays(2).toString() : today.plusDays(7L * i).toString();
            HttpResponse<String> contact = call("POST", base + "/contacts", supporter, """
                    {"date": "%s", "channel": "home-visit", "themes": ["%s"], "route": "%s", "minutes": 45,
                     "function": "%s", "summary": "%s", "followUpOn": "%s",
                     "resident": {"name": "%s", "phone": "%s"}}""".formatted(today.minusDays(10L + i), r[2], r[3], r[4],
                    r[5], followUp, r[0], r[1]));
            expect(201, contact);
            if (i == 1) {
                Matcher resident = Pattern.compile("\"resident\":\\{[^}]*\"id\":\"([0-9a-f-]{36})\"").matcher(contact.body());
                if (resident.find()) {
                    expect(201, call("POST", base + "/residents/" + resident.group(1) + "/care-network", supporter,
                            "{\"relation\": \"family\", \"name\": \"Dochter Annie\", \"contact\": \"06 8765 4321\"}"));
                }
            }
        }
        String firstContact = null;
        Matcher contactId = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(
                call("GET", base + "/contacts", supporter, null).body());
        if (contactId.find()) {
            firstContact = contactId.group(1);
        }
        volunteers(municipality, supporter, today, firstContact);
        String[][] anonymous = {{"in-the-street", "veiligheid", "solved-directly", "F7"},
                {"office-hours", "digitale-vaardigheden", "volunteer", "F5"},
                {"phone", "eenzaamheid", "association", "F2"}};
        for (int i = 0; i < anonymous.length; i++) {
            expect(201, call("POST", base + "/contacts", supporter, """
                    {"date": "%s", "channel": "%s", "themes": ["%s"], "route": "%s", "minutes": 15, "function": "%s"}"""
                    .formatted(today.minusDays(3L * i), anonymous[i][0], anonymous[i][1], anonymous[i][2],
                            anonymous[i][3])));
        }
    }

    /**
     * A small social map (fictional organisations), imported as CSV the way a municipality would
     * bring in its existing list; one entry was last verified long ago, so it shows as stale on the
     * supporter's start page. Only when the map is empty.
     */
    private void socialMap(DemoMunicipality m, String admin) throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + m.slug();
        if (!call("GET", base + "/social-map-entries", admin, null).body().equals("[]")) {
            return;
        }
        String first = m.villages().get(0);
        String second = m.villages().get(1);
        String csv = "Soort;Naam;Omschrijving;Categorieën;Doelgroepen;Telefoon;E-mail;Website;Adres;Openingstijden;"
                + "Dorpen;Zichtbaarheid;Bron;Laatst gecontroleerd\r\n"
                + "Dienst;Vervoersdienst " + m.name() + ";Vrijwilligers rijden ouderen naar de huisarts, het ziekenhuis "
                + "of de markt.;Vervoer|Vrijwilligerswerk;Ouderen|Mensen met een beperking;0541 200 200;;"
                + "www.example.org/vervoer;;ma-vr 9.00-12.00 bellen;Hele gemeente;openbaar;folder;\r\n"
                + "Initiatief;Repair Café " + first + ";Samen kapotte spullen repareren, met koffie.;"
                + "Welzijn en ontmoeting|Vrijwilligerswerk;Iedereen;;;;Dorpshuis, Kerkstraat 2;elke eerste zaterdag "
                + "10.00-13.00;" + first + ";openbaar;eigen waarneming;\r\n"
                + "Organisatie;Schuldhulpmaatje " + m.name() + ";Een getrainde vrijwilliger helpt bij geldzorgen.;"
                + "Financiën|Informatie en advies;Iedereen;;info@schuldhulp.example;;;;Hele gemeente;openbaar;website;"
                + "2024-03-01\r\n"
                + "Vereniging;Zonnebloem " + second + ";Bezoek en uitjes voor mensen met een beperking.;"
                + "Welzijn en ontmoeting;Mensen met een beperking|Ouderen;;;;;;" + second + ";openbaar;;\r\n"
                + "Professionele partner;Wijkverpleging Noordoost;Wijkverpleegkundigen voor zorg thuis.;"
                + "Zorg en ondersteuning|Gezondheid;Ouderen;0541 300 300;;;;;" + first + "|" + second
                + ";intern;overleg;\r\n";
        expect(201, call("POST", base + "/social-map-imports", admin, csv));
    }

    /** The supporter's account of this year for the village report and the public annual report. */
    private void narrative(String municipality, String supporter, String village)
            throws IOException, InterruptedException {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        expect(200, call("PUT", "/api/v1/municipalities/" + municipality + "/village-reports/" + village + "/narrative",
                supporter, """
                {"year": %d, "text": "Dit jaar kwamen veel vragen over eenzaamheid en vervoer. Met de vrijwilligers van \
                het dorpshuis is een koffieochtend gestart en een rijdienst naar de huisarts."}""".formatted(year)));
    }

    /** This year's grant for every village (set again on every start: the same values) and one cost. */
    private void funding(String municipality, String admin, Map<String, String> villageIds)
            throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + municipality;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        boolean first = true;
        for (String village : villageIds.values()) {
            expect(200, call("PUT", base + "/grants", admin, """
                    {"village": "%s", "year": %d, "grantedAmount": "48.500", "hoursBudget": "900", "hourlyRate": "52,50"}"""
                    .formatted(village, today.getYear())));
            String grants = call("GET", base + "/grants?year=" + today.getYear(), admin, null).body();
            if (first && !grants.contains("Zaalhuur")) {
                expect(201, call("POST", base + "/grant-costs", admin, """
                        {"village": "%s", "date": "%s", "description": "Zaalhuur dorpshuis (koffieochtenden)", "amount": "360,00"}"""
                        .formatted(village, today.withDayOfMonth(1))));
            }
            first = false;
        }
    }

    /**
     * Three volunteers of her village (fictional): one whose VOG is due for renewal (on her start
     * page), one with a valid VOG, one without; a help request from a contact; hours that the first
     * logged herself through her personal link.
     */
    private void volunteers(String municipality, String supporter, java.time.LocalDate today, String contact)
            throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + municipality;
        String[][] volunteers = {
                {"Bennie", "Lammers", "[\"vervoer\", \"boodschappen\"]", "[\"tuesday-afternoon\", \"thursday-morning\"]",
                        today.minusYears(3).plusMonths(2).toString()},
                {"Riek", "ter Haar", "[\"gezelschap\", \"koken\"]", "[\"monday-morning\", \"wednesday-afternoon\"]",
                        today.minusYears(1).toString()},
                {"Johan", "Olde Rikkert", "[\"klussen\", \"tuin\"]", "[\"saturday-morning\"]", null}};
        String first = null;
        for (String[] v : volunteers) {
            HttpResponse<String> created = call("POST", base + "/volunteers", supporter, """
                    {"firstName": "%s", "lastName": "%s", "phone": "06 2345 6789", "consentToContact": true,
                     "skills": %s, "availability": %s, "startedOn": "%s"}""".formatted(v[0], v[1], v[2], v[3],
                    today.minusYears(4)));
            expect(201, created);
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
            if (!id.find()) {
                continue;
            }
            first = first == null ? id.group(1) : first;
            if (v[4] != null) {
                expect(201, call("POST", base + "/volunteers/" + id.group(1) + "/vogs", supporter,
                        "{\"issuedOn\": \"" + v[4] + "\"}"));
            }
        }
        if (contact != null) {
            expect(201, call("POST", base + "/help-requests", supporter, """
                    {"contactId": "%s", "skill": "boodschappen", "workKind": "boodschappen", "neededOn": "%s",
                     "partOfDay": "afternoon", "description": "Wekelijkse boodschappen bij de supermarkt"}"""
                    .formatted(contact, today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY)))));
        }
        HttpResponse<String> link = call("POST", base + "/volunteers/" + first + "/hours-link", supporter, "{}");
        expect(201, link);
        Matcher path = Pattern.compile("\"path\":\"([^\"]+)\"").matcher(link.body());
        if (path.find()) {
            HttpResponse<String> logged = http.send(HttpRequest.newBuilder(URI.create(stack.appUrl() + path.group(1)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("workedOn=" + today.minusDays(1)
                            + "&hours=2&activity=vervoer&note=")).build(), HttpResponse.BodyHandlers.ofString());
            expect(302, logged);
        }
    }

    /**
     * The supporter's published profile on her village's public page and one contact request from
     * its public form (fictional), so the public pages and the inbox are not empty. Only when she
     * has not saved a profile yet.
     */
    private void publicPage(String municipality, String village, String supporter)
            throws IOException, InterruptedException {
        String profile = "/api/v1/municipalities/" + municipality + "/supporter-profile";
        if (call("GET", profile, supporter, null).body().contains("\"saved\":true")) {
            return;
        }
        expect(200, call("PUT", profile, supporter, """
                {"displayName": "Ondersteuner %s", "languages": ["dutch", "twents", "german"],
                 "phone": "0541 700 100", "email": "dorpsondersteuner@%s.example",
                 "officeHours": "Dinsdag 9.00-11.00 uur in het dorpshuis, of op afspraak bij u thuis.",
                 "published": true}""".formatted(village, municipality)));
        String form = "name=" + enc("Riek Hofstede") + "&phone=" + enc("06 2345 6789") + "&email="
                + "&message=" + enc("Mijn buurman komt de deur bijna niet meer uit. Kunt u eens langsgaan?")
                + "&preferredTime=" + enc("'s ochtends") + "&consent=true&website=";
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(stack.appUrl() + "/publiek/"
                        + municipality + "/" + village.toLowerCase(java.util.Locale.ROOT) + "/contact"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect(303, sent);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The village's community life: an initiative with support and a funding application, an
     * association with a (fictional) contact person and a contact, and a few activities. Only when
     * she has no initiatives yet.
     */
    private void community(String municipality, String supporter, String village)
            throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + municipality;
        if (!call("GET", base + "/initiatives", supporter, null).body().equals("[]")) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String initiative = firstId(expect201(call("POST", base + "/initiatives", supporter, """
                {"name": "Jeu de boules-baan bij het dorpshuis", "initiators": "residents", "theme": "eenzaamheid",
                 "description": "Een groep bewoners wil een baan om elkaar vaker te zien.", "statusOn": "%s"}"""
                .formatted(today.minusDays(60)))));
        expect(201, call("POST", base + "/initiatives/" + initiative + "/support", supporter, """
                {"kind": "advice", "givenOn": "%s", "minutes": 45, "note": "Vergunning en plek besproken."}"""
                .formatted(today.minusDays(50))));
        expect(201, call("POST", base + "/initiatives/" + initiative + "/support", supporter, """
                {"kind": "funding-application", "givenOn": "%s", "minutes": 90, "requestedAmount": 2500.00}"""
                .formatted(today.minusDays(40))));
        expect(201, call("POST", base + "/initiatives/" + initiative + "/status-changes", supporter,
                "{\"status\": \"active\", \"on\": \"" + today.minusDays(20) + "\"}"));
        String association = firstId(expect201(call("POST", base + "/associations", supporter,
                "{\"name\": \"Dorpshuis " + village + "\", \"kind\": \"village-hall\"}")));
        expect(201, call("POST", base + "/associations/" + association + "/contact-persons", supporter,
                "{\"name\": \"Bert Beheerder\", \"role\": \"beheerder\", \"phone\": \"0541 654321\"}"));
        expect(201, call("POST", base + "/associations/" + association + "/contacts", supporter, """
                {"date": "%s", "channel": "visit", "subject": "Koffieochtend", "followUpOn": "%s"}"""
                .formatted(today.minusDays(14), today.plusDays(14))));
        String[][] activities = {{"coffee-morning", "Koffieochtend", "21", "3", "9", "30"},
                {"walk", "Ommetje langs de Dinkel", "12", "2", "4", "0"},
                {"repair-cafe", "Repair Café", "17", "5", "15", "60"}};
        for (int i = 0; i < activities.length; i++) {
            String[] a = activities[i];
            expect(201, call("POST", base + "/activities", supporter, """
                    {"kind": "%s", "title": "%s", "heldOn": "%s", "participants": %s, "volunteers": %s,
                     "volunteerHours": %s, "supporterMinutes": %s, "association": "%s"}""".formatted(a[0], a[1],
                    today.minusDays(7L * (i + 1)), a[2], a[3], a[4], a[5], association)));
        }
    }

    private static HttpResponse<String> expect201(HttpResponse<String> response) {
        expect(201, response);
        return response;
    }

    private static String firstId(HttpResponse<String> response) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return id.group(1);
    }

    /**
     * The supporter's mandate to take WMO intakes for her village on the municipality's behalf (all
     * three scopes), on one decision of the college. Only when she has none yet.
     */
    private void mandate(String municipality, String admin, String supporter, String village)
            throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + municipality;
        if (!call("GET", base + "/me/mandates", supporter, null).body().equals("[]")) {
            return;
        }
        String memberId = firstId(call("GET", base + "/me", supporter, null));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        expect(201, call("POST", base + "/mandates", admin, """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn", "conversation-report"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s", "decisionReference": "B&W 2026/0412"}"""
                .formatted(memberId, village, today.minusMonths(1), today.plusYears(2))));
    }

    /** A few news items of the municipality (the knowledge feed), one of them scheduled. Only when there are none. */
    private void news(String municipality, String admin) throws IOException, InterruptedException {
        String path = "/api/v1/municipalities/" + municipality + "/news-items";
        if (!call("GET", path, admin, null).body().equals("[]")) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String[][] items = {
                {"Mantelzorgwoning zonder vergunning", "Een mantelzorgwoning bij het eigen huis mag zonder omgevingsvergunning, zolang er mantelzorg wordt gegeven.\\n\\nInwoners met vragen kunnen terecht bij het omgevingsloket.", "housing", "national", "https://www.rijksoverheid.nl/onderwerpen/mantelzorg", today.minusDays(6).toString()},
                {"Nieuwe koffieochtenden in de dorpshuizen", "Vanaf deze maand is er elke dinsdag een koffieochtend in de dorpshuizen, voor iedereen die graag anderen ontmoet.", "welfare", "local", null, today.minusDays(2).toString()},
                {"Wijkverpleging: nieuw telefoonnummer", "De wijkverpleging is voortaan bereikbaar via één centraal nummer; de sociale kaart is bijgewerkt.", "care", "local", null, today.toString()},
                {"Webinar nieuwe Wmo-verordening", "De gemeente licht de nieuwe verordening toe in een webinar voor dorpsondersteuners.", "care", "local", null, today.plusDays(7).toString()},
        };
        for (String[] item : items) {
            expect(201, call("POST", path, admin, """
                    {"title": "%s", "body": "%s", "topic": "%s", "scope": "%s", "link": %s, "publishOn": "%s"}"""
                    .formatted(item[0], item[1], item[2], item[3], item[4] == null ? "null" : "\"" + item[4] + "\"",
                            item[5])));
        }
    }

    /**
     * The supporter's first steps on her onboarding checklist, a reflection and a training. Only when
     * she has no training yet.
     */
    private void development(String municipality, String supporter) throws IOException, InterruptedException {
        String base = "/api/v1/municipalities/" + municipality + "/me";
        if (!call("GET", base + "/trainings", supporter, null).body().equals("[]")) {
            return;
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        Matcher items = Pattern.compile("\"items\":\\[\\{\"id\":\"([0-9a-f-]{36})\"").matcher(
                call("GET", base + "/onboarding", supporter, null).body());
        if (items.find()) {
            expect(200, call("PUT", base + "/onboarding/" + items.group(1), supporter, """
                    {"done": true, "doneOn": "%s", "note": "Eerste gesprek met mijn begeleider gehad."}"""
                    .formatted(today.minusDays(14))));
        }
        expect(201, call("POST", base + "/reflections", supporter, """
                {"writtenOn": "%s", "competences": ["C3", "C12"], "text": "Het eerste huisbezoek vond ik spannend. Volgende keer spreek ik vooraf af hoe lang ik blijf."}"""
                .formatted(today.minusDays(7))));
        expect(201, call("POST", base + "/trainings", supporter, """
                {"title": "Gespreksvaardigheden in het sociaal domein", "provider": "Movisie", "attendedOn": "%s",
                 "hours": 3.5, "competences": ["C2"]}""".formatted(today.minusDays(10))));
    }

    private void invite(String token, String path, String firstName, String lastName, String email, String role,
            List<String> villages) throws IOException, InterruptedException {
        String villageJson = villages.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + ", " + b).orElse("");
        HttpResponse<String> response = call("POST", path, token, """
                {"firstName": "%s", "lastName": "%s", "email": "%s", "role": "%s", "villages": [%s]}"""
                .formatted(firstName, lastName, email, role, villageJson));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Demo data: inviting " + email + " answered " + response.statusCode()
                    + " " + response.body());
        }
        stack.setDemoPassword(email); // demo logins skip the e-mail
    }

    private static Map<String, String> villageIds(String json) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher matcher = ID.matcher(json);
        while (matcher.find()) {
            ids.put(matcher.group(2), matcher.group(1));
        }
        return ids;
    }

    private HttpResponse<String> call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.appUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Demo data: " + response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + " " + response.body());
        }
    }
}
