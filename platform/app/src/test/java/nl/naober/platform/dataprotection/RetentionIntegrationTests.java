package nl.naober.platform.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.platform.Workspace;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Retention per municipality: the settings, and the job that anonymises expired residents while
 * every count stays the same. Data is seeded through the contacts API with dates relative to the
 * real today; the job runs for a chosen "today".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,info,retention")
class RetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRun run;

    @Autowired
    RetentionSettingRepository locks;

    @Autowired
    PlatformTransactionManager transactions;

    @MockitoBean
    AuditLog audit;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "bewaren");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void anonymisingExpiredResidentsKeepsEveryCountAndRemovesTheirPersonalData() {
        // expired: last contact 30 and 36 months ago (default retention 24 months)
        String gerda = newResident(anna, "Gerda Lansink", monthsAgo(40), "eenzaamheid", "volunteer", "F3",
                "Mevrouw mist haar man sinds het voorjaar.");
        contact(anna, gerda, monthsAgo(30), "mobiliteit", "own-network", "F3", "Buurman rijdt haar naar de markt.");
        careNetworkMember(anna, gerda, "neighbour", "Buurvrouw Ans");
        String hendrik = newResident(bert, "Hendrik Oude Geerdink", monthsAgo(36), "wonen", "professional", "F4",
                "Vocht in de slaapkamer, woningcorporatie gebeld.");
        // kept: last contacts 5 and 2 months ago, every summary younger than 24 months
        String truus = newResident(anna, "Truus Nijhuis", monthsAgo(20), "mantelzorg", "association", "F2",
                "Zorgt voor haar zus; wil graag een maatje.");
        contact(anna, truus, monthsAgo(5), "gezondheid", "wmo", "F13", "Aanvraag huishoudelijke hulp besproken.");
        careNetworkMember(anna, truus, "family", "Zus Dinie");
        String johanna = newResident(bert, "Johanna Brookhuis", monthsAgo(2), "veiligheid", "solved-directly", "F1",
                "Rookmelder opgehangen.");
        // anonymous contacts: an old summary expires (contact-summary, 24 months), a recent one stays
        String oldAnonymous = contact(anna, null, monthsAgo(26), "armoede-geldzorgen", "solved-directly", "F1",
                "Vraag over de energietoeslag.");
        String recentAnonymous = contact(bert, null, monthsAgo(1), "meedoen", "association", "F2",
                "Wil meedoen met de biljartclub.");

        Map<String, List<String>> statisticsBefore = statistics();
        Map<String, String> keptBefore = snapshot(truus, johanna);
        int residentsBefore = count("resident");
        int contactsBefore = count("contact");

        RetentionOutcome outcome = run.runFor(tenant(), today());

        assertThat(outcome.status()).isEqualTo(RetentionOutcome.Status.DONE);
        assertThat(outcome.residentsAnonymised()).isEqualTo(2);
        assertThat(statistics()).isEqualTo(statisticsBefore);
        assertThat(count("resident")).isEqualTo(residentsBefore);
        assertThat(count("contact")).isEqualTo(contactsBefore);
        for (String expired : List.of(gerda, hendrik)) {
            Map<String, Object> row = jdbc.sql("select name_enc, phone_enc, email_enc, address_enc, initials,"
                    + " pseudonym, anonymised_at from " + schema() + ".resident where id = ?::uuid").param(expired)
                    .query().singleRow();
            assertThat(row.get("name_enc")).as(expired).isNull();
            assertThat(row.get("phone_enc")).isNull();
            assertThat(row.get("email_enc")).isNull();
            assertThat(row.get("address_enc")).isNull();
            assertThat(row.get("initials")).isEqualTo("?");
            assertThat((String) row.get("pseudonym")).startsWith("ANON-");
            assertThat(row.get("anonymised_at")).isNotNull();
            assertThat(countWhere("care_network_member", "resident_id = '" + expired + "'")).isZero();
            assertThat(countWhere("contact", "resident_id = '" + expired + "' and summary_enc is not null")).isZero();
            assertThat(countWhere("contact", "resident_id = '" + expired + "'")).isPositive();
        }
        assertThat(snapshot(truus, johanna)).isEqualTo(keptBefore);
        assertThat(summary(oldAnonymous)).isNull();
        assertThat(summary(recentAnonymous)).isNotNull();

        // anonymised residents are gone from the supporter's lists and cannot be opened or exported
        assertThat(api.get(workspace.base() + "/residents/" + gerda, anna.token()).status()).isEqualTo(404);
        assertThat(api.get(workspace.base() + "/residents/" + gerda + "/data-export", anna.token()).status())
                .isEqualTo(404);
        JsonNode list = api.get(workspace.base() + "/residents", anna.token()).json();
        assertThat(list.toString()).contains(truus).doesNotContain(gerda);
        assertThat(api.get(workspace.base() + "/residents?q=Lansink", anna.token()).json()).isEmpty();

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, atLeastOnce()).record(events.capture());
        List<AuditEvent> anonymisations = events.getAllValues().stream()
                .filter(e -> e.action() == AuditAction.ANONYMISE).toList();
        assertThat(anonymisations).allSatisfy(e -> assertThat(e.basis()).isEqualTo(RetentionPolicy.AUDIT_BASIS));
        assertThat(anonymisations).filteredOn(e -> e.recordType().equals("resident"))
                .extracting(e -> e.residentId().toString()).containsExactlyInAnyOrder(gerda, hendrik);
        assertThat(anonymisations).filteredOn(e -> e.recordType().equals("contact") && e.recordId() != null)
                .extracting(e -> e.recordId().toString()).containsExactly(oldAnonymous);
    }

    @Test
    void runningAgainChangesNothing() {
        String gerda = newResident(anna, "Gerda Lansink", monthsAgo(30), "eenzaamheid", "volunteer", "F3", "Verhaal.");
        careNetworkMember(anna, gerda, "family", "Zoon Gerrit");
        newResident(anna, "Truus Nijhuis", monthsAgo(3), "mantelzorg", "association", "F2", "Verhaal.");
        assertThat(run.runFor(tenant(), today()).residentsAnonymised()).isEqualTo(1);
        String everything = everything();
        clearInvocations(audit);

        RetentionOutcome again = run.runFor(tenant(), today());

        assertThat(again.status()).isEqualTo(RetentionOutcome.Status.DONE);
        assertThat(again.residentsAnonymised()).isZero();
        assertThat(again.recordsChanged()).isZero();
        assertThat(everything()).isEqualTo(everything);
        verify(audit, never()).record(any());
    }

    @Test
    void aChangedRetentionTakesEffectAtTheNextRun() {
        String truus = newResident(anna, "Truus Nijhuis", monthsAgo(8), "mantelzorg", "association", "F2",
                "Zorgt voor haar zus.");
        String anonymous = contact(anna, null, monthsAgo(9), "wonen", "professional", "F4", "Vraag over huur.");
        assertThat(run.runFor(tenant(), today()).residentsAnonymised()).isZero();
        assertThat(summary(anonymous)).isNotNull();

        ApiClient.Response changed = api.put(settings(), workspace.adminToken(),
                "{\"months\": {\"resident\": 6, \"contact-summary\": 6, \"referral-text\": 24,"
                        + " \"carer-appreciation\": 12, \"association-contact-text\": 24, \"contact-request\": 6,"
                        + " \"volunteer\": 12, \"intake\": 24, \"intake-draft\": 6}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode view = api.get(settings(), workspace.adminToken()).json();
        assertThat(view.get("months").get("resident").asInt()).isEqualTo(6);
        assertThat(recordType(view, "care-network").get("months").asInt()).isEqualTo(6);
        assertThat(recordType(view, "resident").get("chosen").asBoolean()).isTrue();

        RetentionOutcome outcome = run.runFor(tenant(), today());

        assertThat(outcome.residentsAnonymised()).isEqualTo(1);
        assertThat(jdbc.sql("select anonymised_at is not null from " + schema() + ".resident where id = ?::uuid")
                .param(truus).query(Boolean.class).single()).isTrue();
        assertThat(summary(anonymous)).isNull();
    }

    @Test
    void aRunFarEnoughAheadExpiresEveryone() {
        String truus = newResident(anna, "Truus Nijhuis", monthsAgo(1), "mantelzorg", "association", "F2", "Tekst.");
        Map<String, List<String>> before = statistics();

        RetentionOutcome outcome = run.runFor(tenant(), today().plusMonths(25));

        assertThat(outcome.residentsAnonymised()).isEqualTo(1);
        assertThat(statistics()).isEqualTo(before);
        assertThat(countWhere("resident", "id = '" + truus + "' and name_enc is null")).isOne();
    }

    @Test
    void aSecondRunForTheSameMunicipalityIsSkippedWhileTheFirstHoldsItsLock() throws Exception {
        newResident(anna, "Gerda Lansink", monthsAgo(30), "eenzaamheid", "volunteer", "F3", "Verhaal.");
        Workspace elsewhere = Workspace.create(api, jdbc, "elders");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // the first "instance" takes the lock and keeps its transaction open
            Future<Boolean> first = threads.submit(() -> TenantContext.supplyAs(tenant(),
                    () -> new TransactionTemplate(transactions).execute(status -> {
                        boolean taken = locks.tryRetentionLock();
                        locked.countDown();
                        await(release);
                        return taken;
                    })));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

            RetentionOutcome second = threads.submit(() -> run.runFor(tenant(), today())).get(60, TimeUnit.SECONDS);
            RetentionOutcome otherMunicipality = run.runFor(TenantId.of(elsewhere.slug()), today());

            assertThat(second.status()).isEqualTo(RetentionOutcome.Status.SKIPPED);
            assertThat(countWhere("resident", "anonymised_at is not null")).isZero();
            assertThat(otherMunicipality.status()).isEqualTo(RetentionOutcome.Status.DONE);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }

        RetentionOutcome afterwards = run.runFor(tenant(), today());
        assertThat(afterwards.status()).isEqualTo(RetentionOutcome.Status.DONE);
        assertThat(afterwards.residentsAnonymised()).isOne();
    }

    @Test
    void theNightlyRunCoversEveryActiveMunicipality() {
        newResident(anna, "Gerda Lansink", monthsAgo(30), "eenzaamheid", "volunteer", "F3", "Verhaal.");

        List<RetentionOutcome> outcomes = run.runForAll(today());

        assertThat(outcomes).filteredOn(o -> o.municipality().equals(workspace.slug())).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(RetentionOutcome.Status.DONE);
                    assertThat(o.residentsAnonymised()).isOne();
                });
        assertThat(outcomes).noneMatch(o -> o.status() == RetentionOutcome.Status.FAILED);
    }

    @Test
    void thePlatformAdministratorCanRunItByHandForToday() {
        String gerda = newResident(anna, "Gerda Lansink", monthsAgo(30), "eenzaamheid", "volunteer", "F3", "Verhaal.");
        String endpoint = "/actuator/retention/" + workspace.slug();

        assertThat(api.post(endpoint, anna.token(), "").status()).isEqualTo(403);
        assertThat(api.post(endpoint, workspace.adminToken(), "").status()).isEqualTo(403);
        assertThat(api.post("/actuator/retention/bestaat-niet", Municipalities.platformAdmin(), "").status())
                .isEqualTo(404);
        ApiClient.Response ran = api.post(endpoint, Municipalities.platformAdmin(), "");

        assertThat(ran.status()).as(ran.body()).isEqualTo(200);
        assertThat(ran.json().get("status").asString()).isEqualTo("DONE");
        assertThat(ran.json().get("today").asString()).isEqualTo(today().toString());
        assertThat(ran.json().get("residentsAnonymised").asInt()).isOne();
        assertThat(countWhere("resident", "id = '" + gerda + "' and anonymised_at is not null")).isOne();
    }

    @Test
    void showsTheDefaultsToTheMunicipalAdministratorOnly() {
        ApiClient.Response shown = api.get(settings(), workspace.adminToken());

        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        JsonNode view = shown.json();
        assertThat(view.get("months").propertyNames()).containsExactlyInAnyOrder("resident", "contact-summary",
                "referral-text", "carer-appreciation", "association-contact-text", "contact-request", "volunteer",
                "intake", "intake-draft");
        assertThat(view.get("months").get("contact-request").asInt()).isEqualTo(6);
        assertThat(view.get("months").get("resident").asInt()).isEqualTo(24);
        assertThat(view.get("months").get("contact-summary").asInt()).isEqualTo(24);
        assertThat(view.get("months").get("referral-text").asInt()).isEqualTo(24);
        assertThat(view.get("months").get("carer-appreciation").asInt()).isEqualTo(12);
        assertThat(recordType(view, "carer-appreciation").get("description").asString())
                .contains("na het einde van het jaar");
        assertThat(view.get("minMonths").asInt()).isEqualTo(6);
        assertThat(view.get("maxMonths").asInt()).isEqualTo(120);
        assertThat(recordType(view, "care-network").get("follows").asString()).isEqualTo("resident");
        assertThat(recordType(view, "care-network").get("configurable").asBoolean()).isFalse();
        assertThat(recordType(view, "resident").get("description").asString()).contains("laatste contact");
        assertThat(recordType(view, "resident").get("chosen").asBoolean()).isFalse();
        for (String role : List.of("supporter", "policy-officer", "wmo-consultant")) {
            String token = workspace.colleague(role).token();
            assertThat(api.get(settings(), token).status()).as(role).isEqualTo(403);
            assertThat(api.put(settings(), token, "{\"months\": {\"resident\": 12, \"contact-summary\": 12}}")
                    .status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void refusesInvalidSettingsWithDutchMessagesAtTheirFieldsAndChangesNothing() {
        ApiClient.Response refused = api.put(settings(), workspace.adminToken(), """
                {"months": {"resident": 3, "contact-summary": "twaalf", "care-network": 12, "bsn": 24}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Map<String, String> reasons = new LinkedHashMap<>();
        refused.json().get("invalidParams").forEach(p -> reasons.put(p.get("name").asString(),
                p.get("reason").asString()));
        // a PUT replaces every setting, so the record types left out are reported as well
        assertThat(reasons).containsOnlyKeys("months.resident", "months.contact-summary", "months.care-network",
                "months.bsn", "months.referral-text", "months.carer-appreciation",
                "months.association-contact-text", "months.contact-request", "months.volunteer", "months.intake",
                "months.intake-draft");
        assertThat(reasons.get("months.resident")).isEqualTo("Kies een bewaartermijn van 6 tot en met 120 maanden.");
        assertThat(reasons.get("months.contact-summary")).isEqualTo("Vul een heel aantal maanden in.");
        assertThat(reasons.get("months.care-network")).contains("volgen 'resident'");
        assertThat(reasons.get("months.bsn")).isEqualTo("Onbekende soort gegevens 'bsn'.");

        ApiClient.Response incomplete = api.put(settings(), workspace.adminToken(),
                "{\"months\": {\"resident\": 36, \"contact-summary\": 121.5}}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("months.contact-summary").doesNotContain("months.resident");
        ApiClient.Response missing = api.put(settings(), workspace.adminToken(), "{\"months\": {\"resident\": 36}}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("months.contact-summary", "Vul de bewaartermijn in maanden in.");
        ApiClient.Response empty = api.put(settings(), workspace.adminToken(), "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("months");
        ApiClient.Response tooLarge = api.put(settings(), workspace.adminToken(),
                "{\"months\": {\"resident\": 99999999999, \"contact-summary\": 24}}");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("tot en met 120 maanden");

        assertThat(count("retention_setting")).isZero();
        JsonNode unchanged = api.get(settings(), workspace.adminToken()).json().get("months");
        assertThat(unchanged.get("resident").asInt()).isEqualTo(24);
        assertThat(unchanged.get("contact-summary").asInt()).isEqualTo(24);
    }

    // --- seeding through the contacts API ---

    private String newResident(Workspace.Colleague supporter, String name, LocalDate date, String theme, String route,
            String function, String summary) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "home-visit", "themes": ["%s"], "noticedSignals": ["loneliness"],
                 "route": "%s", "minutes": 40, "function": "%s", "summary": "%s",
                 "resident": {"name": "%s", "phone": "0541 123456", "email": "inwoner@voorbeeld.nl",
                              "address": "Molenstraat 3"}}"""
                .formatted(date, theme, route, function, summary, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("resident").get("id").asString();
    }

    private String contact(Workspace.Colleague supporter, String resident, LocalDate date, String theme, String route,
            String function, String summary) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "phone", "themes": ["%s", "gezondheid"], "route": "%s", "minutes": 15,
                 "function": "%s", "summary": "%s"%s}"""
                .formatted(date, theme, route, function, summary,
                        resident == null ? "" : ", \"residentId\": \"" + resident + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void careNetworkMember(Workspace.Colleague supporter, String resident, String relation, String name) {
        ApiClient.Response added = api.post(workspace.base() + "/residents/" + resident + "/care-network",
                supporter.token(), "{\"relation\": \"%s\", \"name\": \"%s\", \"contact\": \"06 12345678\"}"
                        .formatted(relation, name));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    // --- what the statistics count, straight from the tables ---

    /** Counts and minutes per theme, route, village, month, function, channel and noticed signal. */
    private Map<String, List<String>> statistics() {
        String s = schema();
        Map<String, List<String>> statistics = new LinkedHashMap<>();
        statistics.put("theme", rows("select t.code || ' ' || count(*) || ' ' || sum(c.minutes) from " + s
                + ".contact c join " + s + ".contact_theme_link l on l.contact_id = c.id join " + s
                + ".contact_theme t on t.id = l.theme_id group by t.code order by t.code"));
        for (String dimension : List.of("route", "village_id", "to_char(contact_date, 'YYYY-MM')", "function_code",
                "channel")) {
            statistics.put(dimension, rows("select " + dimension + " || ' ' || count(*) || ' ' || sum(minutes) || ' '"
                    + " || count(distinct resident_id) from " + s + ".contact group by " + dimension + " order by 1"));
        }
        statistics.put("signal", rows("select signal || ' ' || count(*) from " + s
                + ".contact_noticed_signal group by signal order by 1"));
        statistics.put("village-month-theme-route", rows("select c.village_id || ' ' || to_char(c.contact_date,"
                + " 'YYYY-MM') || ' ' || t.code || ' ' || c.route || ' ' || count(*) from " + s + ".contact c join " + s
                + ".contact_theme_link l on l.contact_id = c.id join " + s + ".contact_theme t on t.id = l.theme_id"
                + " group by c.village_id, to_char(c.contact_date, 'YYYY-MM'), t.code, c.route order by 1"));
        return statistics;
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    /** Every column of the residents, their contacts and their care networks, as stored. */
    private Map<String, String> snapshot(String... residents) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String resident : residents) {
            rows.put("resident " + resident, String.join("\n", rows("select row_to_json(r)::text from " + schema()
                    + ".resident r where id = '" + resident + "'")));
            rows.put("contacts " + resident, String.join("\n", rows("select row_to_json(c)::text from " + schema()
                    + ".contact c where resident_id = '" + resident + "' order by id")));
            rows.put("network " + resident, String.join("\n", rows("select row_to_json(m)::text from " + schema()
                    + ".care_network_member m where resident_id = '" + resident + "' order by id")));
        }
        return rows;
    }

    private String everything() {
        List<String> all = new ArrayList<>();
        for (String table : List.of("resident", "contact", "care_network_member", "contact_theme_link",
                "contact_noticed_signal")) {
            all.addAll(rows("select row_to_json(x)::text from " + schema() + "." + table + " x order by 1"));
        }
        return String.join("\n", all);
    }

    private String summary(String contact) {
        return jdbc.sql("select summary_enc from " + schema() + ".contact where id = ?::uuid").param(contact)
                .query(String.class).list().getFirst();
    }

    private int count(String table) {
        return countWhere(table, "true");
    }

    private int countWhere(String table, String condition) {
        return jdbc.sql("select count(*) from " + schema() + "." + table + " where " + condition)
                .query(Integer.class).single();
    }

    private static JsonNode recordType(JsonNode view, String type) {
        for (JsonNode node : view.get("recordTypes")) {
            if (node.get("recordType").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("no record type " + type + " in " + view);
    }

    private String settings() {
        return workspace.base() + "/retention-settings";
    }

    private TenantId tenant() {
        return TenantId.of(workspace.slug());
    }

    private String schema() {
        return tenant().schema();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static LocalDate monthsAgo(int months) {
        return today().minusMonths(months);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
