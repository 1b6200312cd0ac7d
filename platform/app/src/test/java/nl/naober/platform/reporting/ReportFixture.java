package nl.naober.platform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality with two villages and a data set whose figures the tests compute by hand, all
 * dated in this year:
 * <pre>
 * Denekamp (Anna)                                   Ootmarsum (Bert)
 *  6 × eenzaamheid, phone, own-network, 30 min, F1    9 × eenzaamheid, phone, own-network, 15 min, F1
 *  2 × wonen, home-visit, professional, 45 min, F7    3 × mobiliteit, phone, own-network, 15 min, F1
 *  1 × mantelzorg + eenzaamheid, office-hours,
 *      volunteer, 60 min, F13, resident, open follow-up
 *  6 × mobiliteit, phone, solved-directly, 10 min, F1
 *  1 signal, 1 referral (sent), 1 carer (heavy)
 *  1 WMO intake from Gerda's contact, submitted today
 *      (urgent, household + mobility, queued)
 * </pre>
 * Denekamp: 15 contacts; themes eenzaamheid 7, wonen 2, mantelzorg 1, mobiliteit 6; channels phone 12,
 * home visit 2, office hours 1; routes solved directly 6, own network 6, volunteer 1, professional 2;
 * hours F1 4,0 (240 min), F7 1,5, F13 1,0; main function A 5,5, B 1,0. Ootmarsum: 12 contacts;
 * eenzaamheid 9, mobiliteit 3; F1 3,0 hours.
 */
final class ReportFixture {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ApiClient api;
    final Workspace workspace;
    final String denekamp;
    final String ootmarsum;
    final Workspace.Colleague anna;
    final Workspace.Colleague bert;
    final int port;

    ReportFixture(int port, JdbcClient jdbc, String prefix) {
        this.port = port;
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, prefix);
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    /** Seeds the data set above. */
    ReportFixture seeded() {
        for (int i = 0; i < 6; i++) {
            contact(anna, "[\"eenzaamheid\"]", "phone", "own-network", 30, "F1", day(i), "");
            contact(anna, "[\"mobiliteit\"]", "phone", "solved-directly", 10, "F1", day(i), "");
        }
        for (int i = 0; i < 2; i++) {
            contact(anna, "[\"wonen\"]", "home-visit", "professional", 45, "F7", day(i), "");
        }
        ApiClient.Response withResident = api.post(workspace.base() + "/contacts", anna.token(), """
                {"date": "%s", "channel": "office-hours", "themes": ["mantelzorg", "eenzaamheid"], "route": "volunteer",
                 "minutes": 60, "function": "F13", "resident": {"name": "Gerda Lansink"}, "followUpOn": "2100-01-01"}"""
                .formatted(day(0)));
        expect(201, withResident);
        String resident = withResident.json().get("resident").get("id").asString();
        intake(withResident.json().get("id").asString());
        for (int i = 0; i < 9; i++) {
            contact(bert, "[\"eenzaamheid\"]", "phone", "own-network", 15, "F1", day(i), "");
        }
        for (int i = 0; i < 3; i++) {
            contact(bert, "[\"mobiliteit\"]", "phone", "own-network", 15, "F1", day(i), "");
        }
        expect(201, api.post(workspace.base() + "/signals", anna.token(), """
                {"village": "%s", "theme": "eenzaamheid", "title": "Eenzaamheid onder ouderen",
                 "description": "Steeds meer ouderen melden zich.", "estimatedResidents": 25,
                 "addressee": "municipality"}""".formatted(denekamp)));
        expect(201, api.post(workspace.base() + "/residents/" + resident + "/referrals", anna.token(), """
                {"targetName": "Praktijkondersteuner", "targetKind": "professional",
                 "consent": {"what": "naam en hulpvraag", "recipient": "POH", "givenOn": "%s", "form": "verbal"}}"""
                .formatted(today())));
        expect(201, api.post(workspace.base() + "/carers", anna.token(), """
                {"name": "Harm mantelzorger", "caresFor": {"relation": "partner"}, "burden": "heavy",
                 "referredToCarerSupport": false}"""));
        return this;
    }

    /** A submitted WMO intake of Anna's from the contact, under a mandate the administrator grants her. */
    private void intake(String contact) {
        expect(201, api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn"], "villages": ["%s"], "validFrom": "%s",
                 "validUntil": "%s", "decisionReference": "B&W 2026/0412"}""".formatted(anna.memberId(), denekamp,
                today().minusDays(1), today().plusYears(1))));
        ApiClient.Response draft = api.post(workspace.base() + "/intakes", anna.token(), """
                {"contactId": "%s", "bsn": "111222333", "givenNames": "Gerda", "surname": "Lansink",
                 "dateOfBirth": "1944-02-11", "street": "Brink", "houseNumber": "3", "postalCode": "7591AA",
                 "city": "Denekamp", "request": "Hulp bij het huishouden", "lifeDomains": ["household", "mobility"],
                 "urgency": "urgent", "personalPlanIntended": false}""".formatted(contact));
        expect(201, draft);
        expect(200, api.post(workspace.base() + "/intakes/" + draft.json().get("id").asString() + "/submission",
                anna.token(), """
                {"consent": {"what": "de melding", "recipient": "gemeente", "givenOn": "%s", "form": "verbal"}}"""
                .formatted(today())));
    }

    String contact(Workspace.Colleague supporter, String themes, String channel, String route, int minutes,
            String function, LocalDate date, String extra) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "%s", "themes": %s, "route": "%s", "minutes": %d, "function": "%s"%s}"""
                .formatted(date, channel, themes, route, minutes, function, extra));
        expect(201, created);
        return created.json().get("id").asString();
    }

    /** {@code n} days ago, but never before the first of January (the reports are per year). */
    static LocalDate day(int n) {
        LocalDate date = today().minusDays(n);
        return date.getYear() == today().getYear() ? date : today().withDayOfYear(1);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static int year() {
        return today().getYear();
    }

    /** A GET with the bytes of the answer (PDF, XLSX); {@code tenant} for pages, else {@code null}. */
    HttpResponse<byte[]> bytes(String path, String token, String tenant) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (tenant != null) {
            request.header("X-Naober-Tenant", tenant);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(int status, ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
