package nl.naober.platform.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.platform.dataprotection.RetentionOutcome;
import nl.naober.platform.dataprotection.RetentionRun;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention of the volunteers module: a volunteer who stopped loses her name, contact details and
 * notes after the retention while every total stays; an active one keeps everything; a help
 * request loses its description with its resident; a second run changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerRetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionRun retention;

    @Test
    void aVolunteerWhoStoppedIsAnonymisedAfterTheRetentionAndEveryTotalStaysTheSame() {
        ApiClient api = new ApiClient(port);
        Workspace workspace = Workspace.create(api, jdbc, "vrijwilligersbewaar");
        String denekamp = workspace.village("Denekamp");
        Workspace.Colleague anna = workspace.colleague("supporter", denekamp);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String stopped = created(api.post(workspace.base() + "/volunteers", anna.token(), """
                {"firstName": "Gerrit", "lastName": "Brinkman", "phone": "06 12345678", "note": "heeft een auto",
                 "consentToContact": true, "skills": ["vervoer"], "startedOn": "%s", "endedOn": "%s"}"""
                .formatted(today.minusYears(2), today)));
        String active = created(api.post(workspace.base() + "/volunteers", anna.token(), """
                {"firstName": "Ina", "lastName": "Kamphuis", "consentToContact": true, "skills": ["vervoer"]}"""));
        String contact = created(api.post(workspace.base() + "/contacts", anna.token(), """
                {"date": "%s", "channel": "phone", "themes": ["eenzaamheid"], "route": "own-network", "minutes": 10,
                 "function": "F7", "resident": {"name": "Mina Nijhuis"}}""".formatted(today)));
        created(api.post(workspace.base() + "/help-requests", anna.token(), """
                {"contactId": "%s", "skill": "vervoer", "workKind": "vervoer", "neededOn": "%s",
                 "partOfDay": "morning", "description": "naar de huisarts"}""".formatted(contact, today)));
        String schema = TenantId.of(workspace.slug()).schema();
        for (String volunteer : new String[] {stopped, active}) {
            jdbc.sql("insert into " + schema + ".volunteer_hours (id, volunteer_id, village_id, worked_on, quarters,"
                    + " activity, note_enc, created_at) values (gen_random_uuid(), ?::uuid, ?::uuid, ?, 6, 'VERVOER',"
                    + " null, now())").params(volunteer, denekamp, today.minusDays(3)).update();
        }
        Map<String, Object> totalsBefore = totals(schema);
        String activeBefore = row(schema, active);

        // eleven months after she stopped: nothing yet
        assertThat(retention.runFor(TenantId.of(workspace.slug()), today.plusMonths(11)).status())
                .isEqualTo(RetentionOutcome.Status.DONE);
        assertThat(jdbc.sql("select anonymised_at is null from " + schema + ".volunteer where id = ?::uuid")
                .param(stopped).query(Boolean.class).single()).isTrue();

        RetentionOutcome outcome = retention.runFor(TenantId.of(workspace.slug()), today.plusYears(3));
        assertThat(outcome.status()).isEqualTo(RetentionOutcome.Status.DONE);

        assertThat(jdbc.sql("select first_name_enc is null and last_name_enc is null and phone_enc is null"
                + " and note_enc is null and anonymised_at is not null from " + schema + ".volunteer where id = ?::uuid")
                .param(stopped).query(Boolean.class).single()).isTrue();
        assertThat(row(schema, active)).isEqualTo(activeBefore);
        assertThat(totals(schema)).isEqualTo(totalsBefore);
        assertThat(jdbc.sql("select description_enc is null and anonymised_at is not null from " + schema
                + ".help_request").query(Boolean.class).single()).isTrue();
        assertThat(api.get(workspace.base() + "/volunteers/" + stopped, anna.token()).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from " + schema + ".audit_event where action = 'ANONYMISE' and"
                + " record_type in ('volunteer', 'help-request')").query(Integer.class).single()).isEqualTo(2);

        int events = jdbc.sql("select count(*) from " + schema + ".audit_event").query(Integer.class).single();
        retention.runFor(TenantId.of(workspace.slug()), today.plusYears(3));
        assertThat(jdbc.sql("select count(*) from " + schema + ".audit_event").query(Integer.class).single())
                .isEqualTo(events);
    }

    private Map<String, Object> totals(String schema) {
        return jdbc.sql("select count(*) as entries, sum(quarters) as quarters, count(distinct volunteer_id) as"
                + " volunteers from " + schema + ".volunteer_hours").query().singleRow();
    }

    private String row(String schema, String id) {
        return jdbc.sql("select concat_ws('|', first_name_enc, last_name_enc, phone_enc, note_enc, consent_to_contact,"
                + " started_on, ended_on, anonymised_at) from " + schema + ".volunteer where id = ?::uuid").param(id)
                .query(String.class).single();
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }
}
