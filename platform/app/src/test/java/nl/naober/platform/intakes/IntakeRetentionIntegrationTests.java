package nl.naober.platform.intakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.dataprotection.RetentionOutcome;
import nl.naober.platform.dataprotection.RetentionRun;
import nl.naober.platform.delivery.DeliverableIntakes;
import nl.naober.platform.delivery.PermanentDeliveryFailure;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Intakes take part in the data-subject export and in retention: the resident's intakes are in her
 * export with the BSN masked; when she is anonymised her drafts go and her submitted intakes lose
 * their personal data while what the figures count stays; by age, old drafts go and old submitted
 * intakes lose their personal data. Seeded through the API (a mandate, a contact with a known
 * resident), dates moved in the database where the API only knows today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeRetentionIntegrationTests {

    private static final String BSN = "111222333";
    private static final String OTHER_BSN = "123456782";
    private static final String PERSONAL_COLUMNS = "bsn_enc, given_names_enc, surname_prefix_enc, surname_enc,"
            + " date_of_birth_enc, street_enc, house_number_enc, postal_code_enc, city_enc, request_enc,"
            + " conversation_report_enc, consent_what_enc, consent_recipient_enc";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRun run;

    @Autowired
    DeliverableIntakes deliverables;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    Workspace.Colleague anna;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "bewaar");
        denekamp = workspace.village("Denekamp");
        anna = workspace.colleague("supporter", denekamp);
        grant(anna, denekamp);
    }

    @Test
    void herExportHoldsHerIntakesWithTheBsnMaskedAndNoOtherResidentsIntake() {
        String johanna = resident("Johanna Jansen");
        String contact = contactWith(johanna, today());
        String submitted = submitted(contact, BSN, "Jansen", "Ik kom de trap niet meer op.");
        draft(contact, "Hulp bij het douchen");
        String other = resident("Hendrik Olde Bolhaar");
        String othersIntake = submitted(contactWith(other, today()), OTHER_BSN, "Olde Bolhaar", "Boodschappen");

        ApiClient.Response exported = api.get(export(johanna), anna.token());

        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        List<JsonNode> intakes = sections(exported.json(), "intakes.export.intake");
        assertThat(intakes).hasSize(2);
        JsonNode first = intakes.get(0);
        assertThat(first.get("title").asString()).isEqualTo("Wmo-melding");
        assertThat(value(first, "intakes.export.reference")).isEqualTo(reference(submitted));
        assertThat(value(first, "intakes.export.status")).isEqualTo("ingediend bij de gemeente");
        assertThat(value(first, "intakes.export.bsn")).isEqualTo("******333");
        assertThat(value(first, "intakes.export.name")).isEqualTo("Johanna Jansen");
        assertThat(value(first, "intakes.export.date-of-birth")).isEqualTo("1941-05-03");
        assertThat(value(first, "intakes.export.address")).isEqualTo("Brinkstraat 12, 7591 AB Denekamp");
        assertThat(value(first, "intakes.export.request")).isEqualTo("Ik kom de trap niet meer op.");
        assertThat(value(first, "intakes.export.life-domains")).isEqualTo("Huishouden, Woningaanpassing");
        assertThat(value(first, "intakes.export.urgency")).isEqualTo("Op korte termijn");
        assertThat(value(first, "intakes.export.personal-plan")).isEqualTo("ja");
        assertThat(value(first, "intakes.export.conversation-report")).isEqualTo("Gesprek aan de keukentafel.");
        assertThat(value(first, "intakes.export.melding-date")).isEqualTo(today().toString());
        assertThat(value(first, "intakes.export.mandate-decision")).isEqualTo("B&W 2026/0412");
        assertThat(value(first, "consent.export.what")).isEqualTo("naam, BSN, adres en de hulpvraag");
        assertThat(value(first, "consent.export.form")).isEqualTo("Mondeling");
        assertThat(value(first, "intakes.export.delivery-status")).isEqualTo("wacht op aflevering");
        JsonNode second = intakes.get(1);
        assertThat(value(second, "intakes.export.status")).isEqualTo("concept");
        assertThat(value(second, "intakes.export.request")).isEqualTo("Hulp bij het douchen");
        assertThat(value(second, "intakes.export.reference")).isNull();
        assertThat(exported.body()).doesNotContain(BSN, OTHER_BSN, "Olde Bolhaar", "Boodschappen",
                reference(othersIntake));

        JsonNode othersExport = api.get(export(other), anna.token()).json();
        assertThat(sections(othersExport, "intakes.export.intake")).singleElement()
                .satisfies(s -> assertThat(value(s, "intakes.export.reference")).isEqualTo(reference(othersIntake)));
        assertThat(othersExport.toString()).doesNotContain("Jansen", "Ik kom de trap", reference(submitted));
    }

    @Test
    void anonymisingHerDeletesHerDraftAndRemovesThePersonalDataOfHerSubmittedIntake() {
        // her last contact is older than the resident retention (24 months): the run anonymises her
        String johanna = resident("Johanna Jansen");
        String contact = contactWith(johanna, today().minusMonths(30));
        String submitted = submitted(contact, BSN, "Jansen", "Ik kom de trap niet meer op.");
        String draft = draft(contact, "Hulp bij het douchen");
        String truus = resident("Truus Nijhuis");
        String kept = submitted(contactWith(truus, today()), OTHER_BSN, "Nijhuis", "Boodschappen");
        String keptBefore = row(kept);
        String figuresBefore = figures(submitted);

        RetentionOutcome outcome = run.runFor(tenant(), today());

        assertThat(outcome.status()).isEqualTo(RetentionOutcome.Status.DONE);
        assertThat(outcome.residentsAnonymised()).isOne();
        assertThat(count("intake", "id = '" + draft + "'")).as("her draft").isZero();
        assertThat(personalColumns(submitted)).as("no personal data left").containsOnlyNulls().hasSize(13);
        assertThat(figures(submitted)).as("reference, village, dates, domains, urgency stay").isEqualTo(figuresBefore);
        assertThat(count("intake", "id = '" + submitted + "' and anonymised_at is not null")).isOne();
        assertThat(count("intake_delivery", "intake_id = '" + submitted + "'")).as("its delivery row stays").isOne();
        assertThat(row(kept)).as("another resident's intake is untouched").isEqualTo(keptBefore);
        assertThat(anonymiseEvents()).containsOnlyKeys(submitted, draft).allSatisfy((id, details) ->
                assertThat(details).singleElement().satisfies(d -> assertThat(d).contains("removed with the resident")));
        // still queued: the worker parks it as failed instead of delivering an empty melding
        assertThatThrownBy(() -> TenantContext.runAs(tenant(),
                () -> deliverables.load(UUID.fromString(submitted), "test delivery")))
                .isInstanceOf(PermanentDeliveryFailure.class);

        // a second run finds nothing left and writes nothing
        String everything = everything();
        long events = count("audit_event", "true");
        RetentionOutcome again = run.runFor(tenant(), today());
        assertThat(again.residentsAnonymised()).isZero();
        assertThat(again.recordsChanged()).isZero();
        assertThat(everything()).isEqualTo(everything);
        assertThat(count("audit_event", "true")).isEqualTo(events);
    }

    @Test
    void retentionByAgeRemovesAnOldDraftAndAnonymisesAnOldSubmittedIntakeButNotRecentOnes() {
        String johanna = resident("Johanna Jansen");
        String contact = contactWith(johanna, today());
        String oldSubmitted = submitted(contact, BSN, "Jansen", "Ik kom de trap niet meer op.");
        String recentSubmitted = submitted(contact, BSN, "Jansen", "Hulp in de tuin");
        String oldDraft = draft(contact, "Hulp bij het douchen");
        String recentDraft = draft(contact, "Een rolstoel");
        // the melding 25 months ago (retention 24), the draft last changed 7 months ago (retention 6)
        jdbc.sql("update " + schema() + ".intake set melding_date = ?, consent_given_on = ? where id = ?::uuid")
                .params(today().minusMonths(25), today().minusMonths(25), oldSubmitted).update();
        jdbc.sql("update " + schema() + ".intake set updated_at = ? where id = ?::uuid")
                .params(Timestamp.from(ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).minusMonths(7).toInstant()),
                        oldDraft).update();
        jdbc.sql("update " + schema() + ".intake set updated_at = ? where id = ?::uuid")
                .params(Timestamp.from(ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).minusMonths(5).toInstant()),
                        recentDraft).update();
        String recentSubmittedBefore = row(recentSubmitted);
        String recentDraftBefore = row(recentDraft);
        String oldFigures = figures(oldSubmitted);

        RetentionOutcome outcome = run.runFor(tenant(), today());

        assertThat(outcome.residentsAnonymised()).as("her last contact is recent").isZero();
        assertThat(outcome.recordsChanged()).isEqualTo(2);
        assertThat(count("intake", "id = '" + oldDraft + "'")).isZero();
        assertThat(personalColumns(oldSubmitted)).containsOnlyNulls().hasSize(13);
        assertThat(figures(oldSubmitted)).isEqualTo(oldFigures);
        assertThat(row(recentSubmitted)).isEqualTo(recentSubmittedBefore);
        assertThat(row(recentDraft)).isEqualTo(recentDraftBefore);
        assertThat(personalColumns(recentSubmitted)).as("all but the surname prefix, not given")
                .filteredOn(java.util.Objects::nonNull).hasSize(12);
        Map<String, List<String>> events = anonymiseEvents();
        assertThat(events).containsOnlyKeys(oldSubmitted, oldDraft);
        assertThat(events.get(oldSubmitted)).singleElement()
                .satisfies(d -> assertThat(d).contains("more than 24 months ago"));
        assertThat(events.get(oldDraft)).singleElement()
                .satisfies(d -> assertThat(d).contains("draft intake deleted", "more than 6 months ago"));

        JsonNode exported = api.get(export(johanna), anna.token()).json();
        List<JsonNode> intakes = sections(exported, "intakes.export.intake");
        assertThat(intakes).hasSize(3);
        assertThat(intakes).filteredOn(s -> reference(oldSubmitted).equals(value(s, "intakes.export.reference")))
                .singleElement().satisfies(s -> {
                    assertThat(value(s, "intakes.export.bsn")).isNull();
                    assertThat(value(s, "intakes.export.removed-on")).isEqualTo(today().toString());
                    assertThat(value(s, "intakes.export.life-domains")).isEqualTo("Huishouden, Woningaanpassing");
                });

        RetentionOutcome again = run.runFor(tenant(), today());
        assertThat(again.recordsChanged()).isZero();
    }

    // ---- seeding through the API

    private String submitted(String contact, String bsn, String surname, String request) {
        ApiClient.Response created = api.post(intakes(), anna.token(), """
                {"contactId": "%s", "bsn": "%s", "givenNames": "Johanna", "surname": "%s", "dateOfBirth": "1941-05-03",
                 "street": "Brinkstraat", "houseNumber": "12", "postalCode": "7591AB", "city": "Denekamp",
                 "request": "%s", "lifeDomains": ["household", "housing-adaptation"], "urgency": "soon",
                 "personalPlanIntended": true, "conversationReport": "Gesprek aan de keukentafel."}"""
                .formatted(contact, bsn, surname, request));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiClient.Response submitted = api.post(intakes() + "/" + id + "/submission", anna.token(), """
                {"consent": {"what": "naam, BSN, adres en de hulpvraag", "recipient": "gemeente", "givenOn": "%s",
                             "form": "verbal"}}""".formatted(today()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private String draft(String contact, String request) {
        ApiClient.Response created = api.post(intakes(), anna.token(), """
                {"contactId": "%s", "bsn": "%s", "givenNames": "Johanna", "surname": "Jansen", "request": "%s"}"""
                .formatted(contact, BSN, request));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void grant(Workspace.Colleague supporter, String village) {
        ApiClient.Response granted = api.post(workspace.base() + "/mandates", workspace.adminToken(), """
                {"supporterId": "%s", "scopes": ["wmo-intake", "bsn", "conversation-report"], "villages": ["%s"],
                 "validFrom": "%s", "validUntil": "%s", "decisionReference": "B&W 2026/0412"}"""
                .formatted(supporter.memberId(), village, today().minusDays(1), today().plusYears(1)));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
    }

    private String resident(String name) {
        ApiClient.Response created = api.post(workspace.base() + "/residents", anna.token(),
                "{\"village\": \"" + denekamp + "\", \"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String contactWith(String resident, LocalDate date) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", anna.token(), """
                {"date": "%s", "channel": "phone", "themes": ["gezondheid"], "route": "wmo", "minutes": 30,
                 "function": "F16", "residentId": "%s"}""".formatted(date, resident));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    // ---- reading back, straight from the tables

    private List<String> personalColumns(String intake) {
        return jdbc.sql("select " + PERSONAL_COLUMNS + " from " + schema() + ".intake where id = ?::uuid")
                .param(intake).query((rs, n) -> {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        values.add(rs.getString(column));
                    }
                    return values;
                }).single();
    }

    /** What the figures of issue #7 and the deadlines count. */
    private String figures(String intake) {
        return jdbc.sql("select reference || ' ' || status || ' ' || village_id || ' ' || melding_date || ' '"
                + " || life_domains || ' ' || urgency || ' ' || personal_plan_intended || ' ' || submitted_at || ' '"
                + " || consent_given_on || ' ' || consent_form || ' ' || mandate_decision from " + schema()
                + ".intake where id = ?::uuid").param(intake).query(String.class).single();
    }

    private String row(String intake) {
        return jdbc.sql("select row_to_json(i)::text from " + schema() + ".intake i where id = ?::uuid")
                .param(intake).query(String.class).single();
    }

    private String everything() {
        return String.join("\n", jdbc.sql("select row_to_json(i)::text from " + schema() + ".intake i order by id")
                .query(String.class).list());
    }

    /** The ANONYMISE events on intakes by intake id: their details. */
    private Map<String, List<String>> anonymiseEvents() {
        Map<String, List<String>> events = new java.util.LinkedHashMap<>();
        jdbc.sql("select record_id::text, detail, basis from " + schema()
                + ".audit_event where record_type = 'intake' and action = 'ANONYMISE' order by sequence_number")
                .query((rs, n) -> {
                    assertThat(rs.getString("basis")).isEqualTo("retention");
                    events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                }).list();
        return events;
    }

    private long count(String table, String where) {
        return jdbc.sql("select count(*) from " + schema() + "." + table + " where " + where).query(Long.class)
                .single();
    }

    private String reference(String intake) {
        return jdbc.sql("select reference from " + schema() + ".intake where id = ?::uuid").param(intake)
                .query(String.class).single();
    }

    private static List<JsonNode> sections(JsonNode document, String key) {
        List<JsonNode> found = new ArrayList<>();
        document.get("sections").forEach(s -> {
            if (s.get("key").asString().equals(key)) {
                found.add(s);
            }
        });
        return found;
    }

    private static String value(JsonNode section, String key) {
        for (JsonNode row : section.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                JsonNode value = row.get("value");
                return value == null || value.isNull() ? null : value.asString();
            }
        }
        throw new AssertionError("No row " + key + " in " + section);
    }

    private TenantId tenant() {
        return TenantId.of(workspace.slug());
    }

    private String schema() {
        return tenant().schema();
    }

    private String export(String resident) {
        return workspace.base() + "/residents/" + resident + "/data-export";
    }

    private String intakes() {
        return workspace.base() + "/intakes";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
