package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.tenants.TenantContext;
import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    ApiClient api;
    String municipality;
    String denekamp;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        municipality = Municipalities.register(api, "thuis");
        String admin = TestTokens.of(municipality, "municipal-admin");
        String villages = "/api/v1/municipalities/" + municipality + "/villages";
        denekamp = api.post(villages, admin, "{\"name\": \"Denekamp\"}").json().get("id").asString();
        api.post(villages, admin, "{\"name\": \"Ootmarsum\"}");
    }

    @Test
    void aSupporterSeesTheVillagesSheServes() {
        String subject = UUID.randomUUID().toString();
        registerSupporter(subject, denekamp);

        ApiClient.Response page = page(TestTokens.forSubject(subject, municipality, "supporter"), municipality);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"nl\"", "Mijn dorpen", "Anna de Vries", "dorpsondersteuner",
                "Denekamp").doesNotContain("Ootmarsum");
    }

    @Test
    void anAdministratorSeesAllActiveVillages() {
        ApiClient.Response page = page(TestTokens.of(municipality, "municipal-admin"), municipality);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Dorpen van de gemeente", "Denekamp", "Ootmarsum");
    }

    @Test
    void aPageRoutedToAnotherMunicipalityIsRefused() {
        String other = Municipalities.register(api, "elders");

        ApiClient.Response page = page(TestTokens.of(municipality, "supporter"), other);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Denekamp");
    }

    @Test
    void aPageWithoutAMunicipalityIsNotFound() {
        ApiClient.Response page = api.send("GET", "/", TestTokens.of(municipality, "supporter"), null, null);

        assertThat(page.status()).isEqualTo(404);
    }

    private ApiClient.Response page(String token, String routedMunicipality) {
        return api.sendWithHeaders("GET", "/", token, "X-Naober-Tenant", routedMunicipality);
    }

    private void registerSupporter(String subject, String village) {
        TenantContext.runAs(TenantId.of(municipality), () -> {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID member = UUID.randomUUID();
            jdbc.sql("""
                    insert into member (id, identity_id, first_name, last_name, email, role, status, invited_at,
                                        updated_at) values (?, ?, 'Anna', 'de Vries', ?, 'supporter', 'ACTIVE', ?, ?)""")
                    .params(member, subject, subject + "@example.nl", Timestamp.from(Instant.now()),
                            Timestamp.from(Instant.now())).update();
            jdbc.sql("insert into member_village (member_id, village_id) values (?, ?)")
                    .params(member, UUID.fromString(village)).update();
        });
    }
}
