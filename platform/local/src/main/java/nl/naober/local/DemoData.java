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
                workspace(m.slug(), KeycloakTokens.password(issuer, username, stack.demoPassword()));
            }
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
