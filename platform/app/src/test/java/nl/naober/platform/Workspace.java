package nl.naober.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.testing.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality with villages and colleagues for tests of the workspace. Colleagues are written
 * straight into the tenant's {@code member} table (their logins would live in Keycloak, which these
 * tests do without); their tokens carry the member's identity id as subject.
 */
public final class Workspace {

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final String municipality;
    private final String admin;

    private Workspace(ApiClient api, JdbcClient jdbc, String municipality) {
        this.api = api;
        this.jdbc = jdbc;
        this.municipality = municipality;
        this.admin = TestTokens.of(municipality, "municipal-admin");
    }

    public static Workspace create(ApiClient api, JdbcClient jdbc, String prefix) {
        return new Workspace(api, jdbc, Municipalities.register(api, prefix));
    }

    public String slug() {
        return municipality;
    }

    public String base() {
        return "/api/v1/municipalities/" + municipality;
    }

    public String adminToken() {
        return admin;
    }

    /** A new village with every function of the job profile on; returns its id. */
    public String village(String name) {
        ApiClient.Response created = api.post(base() + "/villages", admin, "{\"name\": \"" + name + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("Creating village " + name + " failed: " + created);
        }
        return created.json().get("id").asString();
    }

    /** A colleague with a role and villages; returns her token. */
    public Colleague colleague(String role, String... villageIds) {
        UUID memberId = UUID.randomUUID();
        String identity = "kc-" + memberId;
        String schema = TenantId.of(municipality).schema();
        Instant now = Instant.now();
        jdbc.sql("insert into " + schema + ".member (id, identity_id, first_name, last_name, email, role, status,"
                        + " invited_at, updated_at) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
                .params(memberId, identity, "Test", role, memberId + "@" + municipality + ".example", role,
                        java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
                .update();
        for (String village : villageIds) {
            jdbc.sql("insert into " + schema + ".member_village (member_id, village_id) values (?, ?)")
                    .params(memberId, UUID.fromString(village)).update();
        }
        return new Colleague(memberId.toString(), TestTokens.forSubject(identity, municipality, role), List.of(villageIds));
    }

    /** The number of rows in one of the municipality's tables: proof that a refused request saved nothing. */
    public int count(String table) {
        return jdbc.sql("select count(*) from " + TenantId.of(municipality).schema() + "." + table)
                .query(Integer.class).single();
    }

    public record Colleague(String memberId, String token, List<String> villages) {
    }
}
