package nl.naober.platform.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/**
 * Referrals and carers take part in the data-subject export and in retention through the
 * dataprotection SPI: a resident's referrals, her carer records with their appreciations and the
 * care given to her are in her export; when she is anonymised their personal text goes while
 * everything the statistics and the municipality's accounts count stays. Data is seeded through
 * the API with dates relative to the real today; retention runs for a chosen "today".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "management.endpoints.web.exposure.include=health,info,retention")
class ReferralAndCarerDataProtectionIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRun run;

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
        workspace = Workspace.create(api, jdbc, "houders");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void herExportHoldsHerReferralsHerCarerRecordsWithAppreciationsAndTheCareGivenToHer() throws IOException {
        Gerda gerda = gerda(today());

        ApiClient.Response exported = api.get(export(gerda.resident()), anna.token());

        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        JsonNode sections = exported.json().get("sections");
        List<String> keys = new ArrayList<>();
        sections.forEach(s -> keys.add(s.get("key").asString()));
        // holders in their order: contacts, then referrals, then carers
        assertThat(keys).containsSubsequence("contacts.export.resident", "referrals.export.referral",
                "carers.export.carer", "carers.export.appreciation", "carers.export.cared-for");
        JsonNode referral = section(sections, "referrals.export.referral");
        assertThat(referral.get("title").asString()).isEqualTo("Verwijzing");
        assertThat(value(referral, "referrals.export.target-name")).isEqualTo("Thuiszorg Noord");
        assertThat(value(referral, "referrals.export.target-kind")).isEqualTo("Organisatie");
        assertThat(value(referral, "referrals.export.target-contact")).isEqualTo("0541 123456");
        assertThat(value(referral, "referrals.export.reason")).isEqualTo("Hulp bij de administratie");
        assertThat(value(referral, "referrals.export.status")).isEqualTo("geaccepteerd");
        assertThat(value(referral, "referrals.export.village")).isEqualTo("Denekamp");
        assertThat(value(referral, "consent.export.what")).isEqualTo("naam, telefoonnummer en de hulpvraag");
        assertThat(value(referral, "consent.export.recipient")).isEqualTo("Thuiszorg Noord");
        assertThat(value(referral, "consent.export.form")).isEqualTo("Mondeling");
        assertThat(values(referral, "referrals.export.outcome")).containsExactly(today() + ": verstuurd",
                today() + ": geaccepteerd – Intake gepland met de wijkverpleegkundige");
        JsonNode carer = section(sections, "carers.export.carer");
        assertThat(value(carer, "carers.export.cares-for")).isEqualTo("ouder");
        assertThat(value(carer, "carers.export.burden")).isEqualTo("zwaar");
        assertThat(value(carer, "carers.export.hours-per-week")).isEqualTo("20");
        assertThat(value(carer, "carers.export.support")).isEqualTo("respijtzorg, lotgenotengroep");
        assertThat(value(carer, "carers.export.referred-to-carer-support")).isEqualTo("ja");
        assertThat(value(carer, "carers.export.contact")).isEqualTo("06 11112222");
        JsonNode appreciation = section(sections, "carers.export.appreciation");
        assertThat(value(appreciation, "carers.export.year")).isEqualTo(String.valueOf(year()));
        assertThat(value(appreciation, "carers.export.postal-address")).isEqualTo("Kerkstraat 1, 7591 AA Denekamp");
        assertThat(value(appreciation, "consent.export.form")).isEqualTo("Schriftelijk (op papier of per e-mail)");
        assertThat(value(appreciation, "carers.export.how")).isEqualTo("door de dorpsondersteuner");
        // someone cares for her: the relation, not the carer's own data
        JsonNode caredFor = section(sections, "carers.export.cared-for");
        assertThat(value(caredFor, "carers.export.cared-for-relation")).isEqualTo("buur");
        assertThat(caredFor.toString()).doesNotContain("Jan Buurman", "overbelast");
        // her mother's export shows that she is cared for, without Gerda's data
        JsonNode mothers = api.get(export(gerda.mother()), anna.token()).json().get("sections");
        assertThat(value(section(mothers, "carers.export.cared-for"), "carers.export.cared-for-relation"))
                .isEqualTo("ouder");
        assertThat(mothers.toString()).doesNotContain("06 11112222", "Kerkstraat", "Thuiszorg");

        HttpResponse<byte[]> pdf = getBytes(export(gerda.resident()) + "?format=pdf", anna.token());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // long labels and values wrap in their cells
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Verwijzing", "Thuiszorg Noord", "Hulp bij de administratie",
                    "Intake gepland met de wijkverpleegkundige", "Gedeeld met", "Mondeling", "Mantelzorger",
                    "Zorgt voor", "respijtzorg, lotgenotengroep", "Mantelzorgwaardering",
                    "Kerkstraat 1, 7591 AA Denekamp", "Mantelzorg voor de inwoner", "buur");
        }
    }

    @Test
    void anonymisingHerRemovesHerTextFromReferralsAndCarersAndKeepsEveryCount() {
        Gerda gerda = gerda(today());
        // someone else's data that is kept until its own retention
        String piet = carer(bert, ootmarsum, "Piet Snoeier", null, null, "friend");
        appreciation(piet, year(), "Piet Snoeier", "Molenweg 3, Ootmarsum", bert);
        Map<String, List<String>> before = counts();
        int referrals = count("referral");

        RetentionOutcome outcome = run.runFor(tenant(), farFuture());

        assertThat(outcome.status()).isEqualTo(RetentionOutcome.Status.DONE);
        assertThat(counts()).isEqualTo(before);
        assertThat(count("referral")).isEqualTo(referrals);
        assertThat(rows("select row_to_json(r)::text from " + schema() + ".referral r where resident_id = '"
                + gerda.resident() + "'")).singleElement().satisfies(json -> assertThat(json)
                        .contains("\"target_name_enc\":null", "\"target_contact_enc\":null", "\"reason_enc\":null",
                                "\"consent_what_enc\":null", "\"consent_recipient_enc\":null")
                        .doesNotContain("\"anonymised_at\":null", "\"consent_given_on\":null",
                                "\"consent_form\":null"));
        assertThat(countWhere("referral_outcome", "note_enc is not null")).isZero();
        assertThat(countWhere("referral_outcome", "referral_id = '" + gerda.referral() + "'")).isEqualTo(2);
        assertThat(countWhere("carer", "id = '" + gerda.carer() + "' and name_enc is null and contact_enc is null"
                + " and cares_for_resident_id is null and anonymised_at is not null and resident_id is not null"))
                .isOne();
        assertThat(countWhere("carer_appreciation", "name_enc is not null or postal_address_enc is not null"
                + " or consent_what_enc is not null or consent_recipient_enc is not null")).isZero();
        // the carer who is no resident keeps her name (nothing to count from), loses the link to Gerda
        assertThat(countWhere("carer", "id = '" + gerda.neighbour() + "' and name_enc is not null"
                + " and cares_for_resident_id is null")).isOne();

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, atLeastOnce()).record(events.capture());
        List<AuditEvent> anonymisations = events.getAllValues().stream()
                .filter(e -> e.action() == AuditAction.ANONYMISE).toList();
        assertThat(anonymisations).allSatisfy(e -> assertThat(e.basis()).isEqualTo(RetentionPolicy.AUDIT_BASIS));
        assertThat(anonymisations).filteredOn(e -> e.recordType().equals("referral"))
                .extracting(e -> e.recordId() + " " + e.residentId())
                .contains(gerda.referral() + " " + gerda.resident());
        assertThat(anonymisations).filteredOn(e -> e.recordType().equals("carer"))
                .extracting(e -> e.recordId().toString())
                .contains(gerda.carer(), gerda.neighbour());
        assertThat(anonymisations).filteredOn(e -> e.recordType().equals("carer-appreciation")).hasSize(2);

        // a second run finds nothing left and writes nothing
        String everything = everything();
        clearInvocations(audit);
        RetentionOutcome again = run.runFor(tenant(), farFuture());
        assertThat(again.recordsChanged()).isZero();
        assertThat(again.residentsAnonymised()).isZero();
        assertThat(everything()).isEqualTo(everything);
        verify(audit, never()).record(any());
    }

    @Test
    void onlyTheExpiredResidentIsForgottenAndAClosedReferralLosesItsTextAfterItsOwnRetention() {
        // Gerda's last contact was 30 months ago (resident retention 24); her referral is still open
        Gerda gerda = gerda(monthsAgo(30));
        String truus = newResident(anna, "Truus Nijhuis", monthsAgo(1));
        String open = refer(truus, "Maatschappelijk werk", "organisation", monthsAgo(1));
        outcome(open, "accepted", "Eerste gesprek op dinsdag", null);
        String closed = refer(truus, "Schuldhulpverlening", "municipality-service", monthsAgo(30));
        outcome(closed, "completed", "Regeling getroffen", monthsAgo(26));
        String kept = carer(anna, denekamp, "Dinie Nijhuis", null, truus, "other-family");
        appreciation(kept, year(), "Dinie Nijhuis", "Esweg 2, Denekamp", anna);
        String truusBefore = truus(open, kept);
        Map<String, List<String>> before = counts();

        RetentionOutcome outcome = run.runFor(tenant(), today());

        assertThat(outcome.residentsAnonymised()).isOne();
        assertThat(counts()).isEqualTo(before);
        assertThat(countWhere("referral", "id = '" + gerda.referral() + "' and reason_enc is null"
                + " and target_name_enc is null and anonymised_at is not null")).isOne();
        assertThat(countWhere("carer", "id = '" + gerda.carer() + "' and name_enc is null")).isOne();
        assertThat(countWhere("carer_appreciation", "carer_id = '" + gerda.carer() + "' and name_enc is null")).isOne();
        assertThat(countWhere("carer", "id = '" + gerda.neighbour() + "' and cares_for_resident_id is null"
                + " and name_enc is not null")).isOne();
        // Truus is kept: her open referral and her carer are untouched, her old closed referral lost its text
        assertThat(truus(open, kept)).isEqualTo(truusBefore);
        assertThat(countWhere("referral", "id = '" + open + "' and anonymised_at is null and reason_enc is not null"))
                .isOne();
        assertThat(countWhere("referral_outcome", "referral_id = '" + open + "' and note_enc is not null")).isOne();
        assertThat(countWhere("referral", "id = '" + closed + "' and reason_enc is null and target_name_enc is null"
                + " and status = 'COMPLETED'")).isOne();
        assertThat(countWhere("referral_outcome", "referral_id = '" + closed + "' and note_enc is not null")).isZero();
        assertThat(countWhere("carer", "id = '" + kept + "' and name_enc is not null and cares_for_resident_id = '"
                + truus + "' and anonymised_at is null")).isOne();
        assertThat(countWhere("carer_appreciation", "carer_id = '" + kept + "' and name_enc is not null")).isOne();
        JsonNode truusExport = api.get(export(truus), anna.token()).json().get("sections");
        assertThat(truusExport.toString()).contains("Maatschappelijk werk", "Eerste gesprek op dinsdag")
                .doesNotContain("Schuldhulpverlening", "Regeling getroffen");

        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, atLeastOnce()).record(events.capture());
        assertThat(events.getAllValues()).filteredOn(e -> e.action() == AuditAction.ANONYMISE
                && e.recordType().equals("referral") && e.recordId() != null)
                .extracting(e -> e.recordId().toString(), e -> e.residentId().toString())
                .containsExactlyInAnyOrder(tuple(gerda.referral(), gerda.resident()),
                        tuple(closed, truus));
        assertThat(events.getAllValues()).filteredOn(e -> e.action() == AuditAction.ANONYMISE
                && e.recordType().equals("referral") && closed.equals(String.valueOf(e.recordId())))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("closed more than 24 months ago"));
        assertThat(events.getAllValues()).filteredOn(e -> e.action() == AuditAction.ANONYMISE
                && e.recordType().startsWith("carer")).allSatisfy(e -> {
                    assertThat(e.residentId().toString()).isEqualTo(gerda.resident());
                    assertThat(e.basis()).isEqualTo(RetentionPolicy.AUDIT_BASIS);
                });
    }

    @Test
    void theAppreciationListKeepsNamesAndAddressesUntilTwelveMonthsAfterItsYear() {
        String jannie = carer(anna, denekamp, "Jannie Lubbersveld", null, null, "partner");
        String lastYear = appreciation(jannie, year() - 1, "Jannie Lubbersveld", "Kerkstraat 1, Denekamp", anna);
        String thisYear = appreciation(jannie, year(), "Jannie Lubbersveld", "Kerkstraat 1, Denekamp", anna);
        Map<String, List<String>> before = counts();

        // the last day of the twelve months after last year: this year's list is only just over
        run.runFor(tenant(), LocalDate.of(year() + 1, 12, 31));

        assertThat(countWhere("carer_appreciation", "id = '" + lastYear + "' and name_enc is null"
                + " and postal_address_enc is null and consent_what_enc is null and consent_recipient_enc is null"
                + " and consent_given_on is not null and anonymised_at is not null")).isOne();
        assertThat(countWhere("carer_appreciation", "id = '" + thisYear + "' and name_enc is not null")).isOne();
        assertThat(countWhere("carer", "id = '" + jannie + "' and name_enc is not null")).isOne();
        assertThat(counts()).isEqualTo(before);
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, atLeastOnce()).record(events.capture());
        assertThat(events.getAllValues()).filteredOn(e -> e.action() == AuditAction.ANONYMISE)
                .singleElement().satisfies(e -> {
                    assertThat(e.recordType()).isEqualTo("carer-appreciation");
                    assertThat(e.recordId().toString()).isEqualTo(lastYear);
                    assertThat(e.basis()).isEqualTo(RetentionPolicy.AUDIT_BASIS);
                    assertThat(e.detail()).contains("12 months");
                });

        // the municipality still counts last year's carer, but the mailing list leaves her out
        String appreciations = workspace.base() + "/carer-appreciations";
        assertThat(api.get(appreciations + "?year=" + (year() - 1), workspace.adminToken()).json()).hasSize(1);
        assertThat(api.get(appreciations + "/export?year=" + (year() - 1), workspace.adminToken()).body())
                .doesNotContain("Kerkstraat");
        assertThat(api.get(appreciations + "/export?year=" + year(), workspace.adminToken()).body())
                .contains("Kerkstraat 1, Denekamp");

        run.runFor(tenant(), LocalDate.of(year() + 2, 1, 1));
        assertThat(countWhere("carer_appreciation", "id = '" + thisYear + "' and name_enc is null")).isOne();
    }

    @Test
    void whatAChangeAddedWhileSheWasAnonymisedIsRemovedByTheNextRun() {
        Gerda gerda = gerda(today());
        run.runFor(tenant(), farFuture());
        // as if a referral, an outcome and a carer record had been saved while her anonymisation ran
        jdbc.sql("update " + schema() + ".referral set anonymised_at = null, target_name_enc = 'x',"
                + " consent_what_enc = 'x', consent_recipient_enc = 'x' where id = ?::uuid")
                .param(gerda.referral()).update();
        jdbc.sql("update " + schema() + ".carer set anonymised_at = null, name_enc = 'x' where id = ?::uuid")
                .param(gerda.carer()).update();
        jdbc.sql("update " + schema() + ".referral_outcome set note_enc = 'x' where referral_id = ?::uuid")
                .param(gerda.referral()).update();
        clearInvocations(audit);

        RetentionOutcome repaired = run.runFor(tenant(), farFuture());

        assertThat(repaired.residentsAnonymised()).isZero();
        assertThat(repaired.recordsChanged()).isPositive();
        assertThat(countWhere("referral", "target_name_enc is not null or anonymised_at is null")).isZero();
        assertThat(countWhere("referral_outcome", "note_enc is not null")).isZero();
        assertThat(countWhere("carer", "id = '" + gerda.carer() + "' and (name_enc is not null"
                + " or anonymised_at is null)")).isZero();
        ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, atLeastOnce()).record(events.capture());
        assertThat(events.getAllValues()).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ANONYMISE);
            assertThat(e.basis()).isEqualTo(RetentionPolicy.AUDIT_BASIS);
        });
        assertThat(events.getAllValues()).extracting(e -> String.valueOf(e.recordId()))
                .contains(gerda.referral(), gerda.carer());
    }

    // --- seeding through the API ---

    /**
     * Gerda with her last contact on {@code lastContact}: referred to an organisation (accepted, with
     * a note), herself a carer for her mother with an appreciation this year, and cared for by a
     * neighbour who is no resident.
     */
    private Gerda gerda(LocalDate lastContact) {
        String resident = newResident(anna, "Gerda Lansink", lastContact);
        String mother = newResident(anna, "Hendrika Lansink", today());
        String referral = refer(resident, "Thuiszorg Noord", "organisation", lastContact);
        outcome(referral, "accepted", "Intake gepland met de wijkverpleegkundige", null);
        ApiClient.Response carer = api.post(workspace.base() + "/carers", anna.token(), """
                {"residentId": "%s", "contact": "06 11112222", "caresFor": {"relation": "parent", "residentId": "%s"},
                 "burden": "heavy", "hoursPerWeek": 20, "support": ["respite-care", "peer-group"],
                 "referredToCarerSupport": true, "referredOn": "%s"}""".formatted(resident, mother, today()));
        assertThat(carer.status()).as(carer.body()).isEqualTo(201);
        String carerId = carer.json().get("id").asString();
        appreciation(carerId, year(), "Gerda Lansink", "Kerkstraat 1, 7591 AA Denekamp", anna);
        String neighbour = api.post(workspace.base() + "/carers", anna.token(), """
                {"village": "%s", "name": "Jan Buurman", "contact": "0541 999999",
                 "caresFor": {"relation": "neighbour", "residentId": "%s"}, "burden": "overburdened",
                 "referredToCarerSupport": false}""".formatted(denekamp, resident)).json().get("id").asString();
        return new Gerda(resident, mother, referral, carerId, neighbour);
    }

    private record Gerda(String resident, String mother, String referral, String carer, String neighbour) {
    }

    private String newResident(Workspace.Colleague supporter, String name, LocalDate date) {
        ApiClient.Response created = api.post(workspace.base() + "/contacts", supporter.token(), """
                {"date": "%s", "channel": "home-visit", "themes": ["mantelzorg"], "route": "volunteer", "minutes": 30,
                 "function": "F3", "summary": "Gesprek over de zorg thuis.",
                 "resident": {"name": "%s", "phone": "0541 123456"}}""".formatted(date, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("resident").get("id").asString();
    }

    private String refer(String resident, String target, String kind, LocalDate on) {
        ApiClient.Response created = api.post(workspace.base() + "/residents/" + resident + "/referrals",
                anna.token(), """
                {"targetName": "%s", "targetKind": "%s", "targetContact": "0541 123456",
                 "reason": "Hulp bij de administratie", "referredOn": "%s",
                 "consent": {"what": "naam, telefoonnummer en de hulpvraag", "recipient": "%s", "givenOn": "%s",
                             "form": "verbal"}}""".formatted(target, kind, on, target, on));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void outcome(String referral, String status, String note, LocalDate on) {
        ApiClient.Response recorded = api.post(workspace.base() + "/referrals/" + referral + "/outcomes",
                anna.token(), "{\"status\": \"%s\", \"note\": \"%s\"%s}".formatted(status, note,
                        on == null ? "" : ", \"date\": \"" + on + "\""));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
    }

    private String carer(Workspace.Colleague supporter, String village, String name, String resident,
            String caredFor, String relation) {
        ApiClient.Response created = api.post(workspace.base() + "/carers", supporter.token(), """
                {"village": "%s", "name": "%s", %s "caresFor": {"relation": "%s"%s}, "burden": "moderate",
                 "referredToCarerSupport": false}""".formatted(village, name,
                resident == null ? "" : "\"residentId\": \"" + resident + "\",", relation,
                caredFor == null ? "" : ", \"residentId\": \"" + caredFor + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String appreciation(String carer, int year, String name, String address, Workspace.Colleague supporter) {
        ApiClient.Response registered = api.post(workspace.base() + "/carers/" + carer + "/appreciations",
                supporter.token(), """
                {"year": %d, "how": "supporter-registered", "name": "%s", "postalAddress": "%s",
                 "consent": {"what": "naam, postadres en dorp voor de mantelzorgwaardering",
                             "recipient": "Gemeente Dinkelland", "givenOn": "%s", "form": "written"}}"""
                        .formatted(year, name, address, today()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    // --- what the statistics and the municipality's accounts count, straight from the tables ---

    private Map<String, List<String>> counts() {
        String s = schema();
        Map<String, List<String>> counts = new LinkedHashMap<>();
        counts.put("referral", rows("select village_id || ' ' || target_kind || ' ' || status || ' ' || referred_on"
                + " || ' ' || status_on || ' ' || consent_given_on || ' ' || consent_form || ' ' || count(*) || ' '"
                + " || count(distinct resident_id) from " + s + ".referral group by village_id, target_kind, status,"
                + " referred_on, status_on, consent_given_on, consent_form order by 1"));
        counts.put("referral-outcome", rows("select status || ' ' || outcome_on || ' ' || count(*) from " + s
                + ".referral_outcome group by status, outcome_on order by 1"));
        counts.put("carer", rows("select village_id || ' ' || cares_for_relation || ' ' || burden || ' '"
                + " || coalesce(hours_per_week, 0) || ' ' || referred_to_carer_support || ' ' || started_on || ' '"
                + " || (resident_id is not null) || ' ' || count(*) from " + s + ".carer group by village_id,"
                + " cares_for_relation, burden, hours_per_week, referred_to_carer_support, started_on,"
                + " resident_id is not null order by 1"));
        counts.put("carer-support", rows("select support || ' ' || count(*) from " + s
                + ".carer_support group by support order by 1"));
        counts.put("appreciation", rows("select year || ' ' || village_id || ' ' || status || ' ' || how || ' '"
                + " || registered_on || ' ' || consent_given_on || ' ' || consent_form || ' ' || count(*) from " + s
                + ".carer_appreciation group by year, village_id, status, how, registered_on, consent_given_on,"
                + " consent_form order by 1"));
        return counts;
    }

    /** Every column of Truus's open referral with its history and of the carer caring for her, as stored. */
    private String truus(String referral, String carer) {
        String s = schema();
        return String.join("\n", rows("select row_to_json(x)::text from " + s + ".referral x where id = '" + referral
                + "' union all select row_to_json(x)::text from " + s + ".referral_outcome x where referral_id = '"
                + referral + "' union all select row_to_json(x)::text from " + s + ".carer x where id = '" + carer
                + "' union all select row_to_json(x)::text from " + s + ".carer_appreciation x where carer_id = '"
                + carer + "' order by 1"));
    }

    private String everything() {
        List<String> all = new ArrayList<>();
        for (String table : List.of("resident", "contact", "referral", "referral_outcome", "carer", "carer_support",
                "carer_appreciation")) {
            all.addAll(rows("select row_to_json(x)::text from " + schema() + "." + table + " x order by 1"));
        }
        return String.join("\n", all);
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private int count(String table) {
        return countWhere(table, "true");
    }

    private int countWhere(String table, String condition) {
        return jdbc.sql("select count(*) from " + schema() + "." + table + " where " + condition)
                .query(Integer.class).single();
    }

    // --- reading the export ---

    private HttpResponse<byte[]> getBytes(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/pdf").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode section(JsonNode sections, String key) {
        for (JsonNode section : sections) {
            if (section.get("key").asString().equals(key)) {
                return section;
            }
        }
        throw new AssertionError("no section " + key + " in " + sections);
    }

    private static String value(JsonNode section, String key) {
        List<String> found = values(section, key);
        assertThat(found).as(key + " in " + section).hasSize(1);
        return found.getFirst();
    }

    private static List<String> values(JsonNode section, String key) {
        List<String> found = new ArrayList<>();
        for (JsonNode row : section.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                found.add(row.get("value").isNull() ? null : row.get("value").asString());
            }
        }
        return found;
    }

    private String export(String resident) {
        return workspace.base() + "/residents/" + resident + "/data-export";
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

    private static int year() {
        return today().getYear();
    }

    private static LocalDate monthsAgo(int months) {
        return today().minusMonths(months);
    }

    /** Far enough ahead that every resident, closed referral and appreciation of this year has expired. */
    private static LocalDate farFuture() {
        return today().plusMonths(25);
    }
}
