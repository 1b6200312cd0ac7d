package nl.naober.tenants.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.naober.kernel.CbsCode;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.NewTenant;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.TenantStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry in {@code platform.tenant}, read and written with plain JDBC (no tenant involved). */
class JdbcTenantRegistry implements TenantRegistry {

    private static final String COLUMNS = "slug, name, cbs_code, rsin, status, registered_at, activated_at, "
            + "offboarded_at, export_location, export_sha256";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTenantRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where slug = ?")
                .param(id.slug()).query(JdbcTenantRegistry::map).optional();
    }

    @Override
    public List<Tenant> findAll() {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant order by slug").query(JdbcTenantRegistry::map).list();
    }

    @Override
    public List<Tenant> findByStatus(TenantStatus status) {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where status = ? order by slug")
                .param(status.name()).query(JdbcTenantRegistry::map).list();
    }

    Optional<Tenant> findByCbsCode(CbsCode code) {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where cbs_code = ?")
                .param(code.value()).query(JdbcTenantRegistry::map).optional();
    }

    /** Inserts the registration in state PROVISIONING; false when the slug or CBS code is taken. */
    boolean insertIfAbsent(NewTenant tenant) {
        return jdbc.sql("""
                insert into platform.tenant (slug, name, cbs_code, rsin, status, registered_at)
                values (?, ?, ?, ?, 'PROVISIONING', ?)
                on conflict do nothing""")
                .params(tenant.id().slug(), tenant.name(), tenant.cbsCode().value(), tenant.rsin().value(),
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }

    void markActive(TenantId id) {
        jdbc.sql("update platform.tenant set status = 'ACTIVE', activated_at = coalesce(activated_at, ?) where slug = ?")
                .params(Timestamp.from(clock.instant()), id.slug()).update();
    }

    void markOffboarding(TenantId id) {
        jdbc.sql("update platform.tenant set status = 'OFFBOARDING' where slug = ? and status <> 'OFFBOARDED'")
                .param(id.slug()).update();
    }

    void recordExport(TenantId id, String location, String sha256) {
        jdbc.sql("update platform.tenant set export_location = ?, export_sha256 = ? where slug = ?")
                .params(location, sha256, id.slug()).update();
    }

    void markOffboarded(TenantId id) {
        jdbc.sql("update platform.tenant set status = 'OFFBOARDED', offboarded_at = ? where slug = ?")
                .params(Timestamp.from(clock.instant()), id.slug()).update();
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(TenantId.of(rs.getString("slug")), rs.getString("name"),
                new CbsCode(rs.getString("cbs_code")), new Rsin(rs.getString("rsin")),
                TenantStatus.valueOf(rs.getString("status")), instant(rs, "registered_at"),
                instant(rs, "activated_at"), instant(rs, "offboarded_at"), rs.getString("export_location"),
                rs.getString("export_sha256"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
