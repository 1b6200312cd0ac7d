package nl.naober.platform.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.TenantStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Figures of the whole platform for the platform administrator: per active municipality its
 * villages, active supporters and contacts per month of the last twelve months, counted in each
 * tenant schema in turn (with {@link TenantContext}, as the retention run does). No personal data;
 * contacts per month below 5 are shown as "&lt;5" (no total is given that could reveal them).
 */
@Service
class PlatformFigures {

    static final int MONTHS = 12;

    private final TenantRegistry tenants;
    private final JdbcClient jdbc;
    private final nl.naober.platform.input.InputReader input;

    PlatformFigures(TenantRegistry tenants, JdbcClient jdbc, nl.naober.platform.input.InputReader input) {
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.input = input;
    }

    List<MunicipalityFigures> all() {
        LocalDate today = input.today();
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1L);
        List<MunicipalityFigures> result = new ArrayList<>();
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            result.add(TenantContext.supplyAs(tenant.id(), () -> figures(tenant, first, last)));
        }
        return result;
    }

    private MunicipalityFigures figures(Tenant tenant, YearMonth first, YearMonth last) {
        long villages = jdbc.sql("select count(*) from village where status = 'ACTIVE'").query(Long.class).single();
        long supporters = jdbc.sql("select count(*) from member where role = 'supporter' and status = 'ACTIVE'")
                .query(Long.class).single();
        Map<YearMonth, Long> counted = new LinkedHashMap<>();
        jdbc.sql("""
                select extract(year from contact_date)::int as y, extract(month from contact_date)::int as m, count(*) as n
                from contact where contact_date between ? and ? group by 1, 2""")
                .params(first.atDay(1), last.atEndOfMonth())
                .query((rs, i) -> counted.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n")))
                .list();
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long contacts = counted.getOrDefault(month, 0L);
            boolean small = contacts > 0 && contacts < SmallNumbers.THRESHOLD;
            months.add(new Month(month.toString(), small ? null : contacts, small ? ReportTables.BELOW
                    : String.valueOf(contacts)));
        }
        return new MunicipalityFigures(tenant.id().slug(), tenant.name(), villages, supporters, months);
    }

    /** One municipality's figures. */
    record MunicipalityFigures(String slug, String name, long villages, long activeSupporters, List<Month> contacts) {
    }

    /** Contacts in a month ({@code yyyy-MM}); {@code count} is {@code null} when it is below 5. */
    record Month(String month, Long count, String shown) {
    }
}
