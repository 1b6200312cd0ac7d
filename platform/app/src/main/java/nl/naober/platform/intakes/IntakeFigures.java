package nl.naober.platform.intakes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.platform.delivery.CaseProgress;
import nl.naober.platform.delivery.DeliveryStatus;
import nl.naober.platform.delivery.StatutoryDeadlines;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.reporting.Figure;
import nl.naober.platform.reporting.FigureQuery;
import nl.naober.platform.reporting.FigureSource;
import nl.naober.platform.reporting.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's figures for reports, per village, counted in SQL over submitted intakes only (a
 * draft is the supporter's, not a melding, and never counts):
 * <ul>
 * <li>intakes submitted in the period (melding date) by urgency, their total the intakes submitted;</li>
 * <li>the same intakes by life domain (an intake with two domains counts in both);</li>
 * <li>statutory-deadline compliance: the intakes whose investigation deadline (melding + 6 weeks,
 * Wmo 2015 art. 2.3.2, as {@link StatutoryDeadlines} has it) fell in the period, by completed in
 * time, completed late, overdue (not completed and the deadline passed) and still running;</li>
 * <li>where the delivery of the intakes submitted in the period is: delivered, queued, failed.</li>
 * </ul>
 * "Completed" is the date the municipality recorded as the end of the investigation
 * ({@code intake_delivery.investigation_completed_on}, from the inbox's progress); it is the date
 * that stops the deadline in {@link StatutoryDeadlines}, so the figures and the overdue flags agree. A
 * case system answers only a status name (the municipality's own words), no date, so an intake
 * delivered there counts as completed once that date is known and is overdue until then; an intake
 * whose delivery failed is overdue too, because the municipality's deadline runs from the melding.
 * <p>
 * Everything is for the municipality, never the public annual report: a melding is a request for
 * care (health data), and per village and year the numbers are small. The delivery columns are read
 * from the delivery module's table {@code intake_delivery} (one row per submitted intake, written
 * with it), joined in SQL so that nothing is loaded per intake.
 */
@Component
@Transactional(readOnly = true)
class IntakeFigures implements FigureSource {

    /** Completed in time, completed late, overdue, running: the rows of the deadline section, in this order. */
    enum Compliance {
        IN_TIME, LATE, OVERDUE, RUNNING
    }

    private final JdbcClient jdbc;
    private final InputReader input;

    IntakeFigures(JdbcClient jdbc, InputReader input) {
        this.jdbc = jdbc;
        this.input = input;
    }

    /** The days from the melding to its investigation deadline, as the deadlines themselves count them. */
    static long investigationDays() {
        LocalDate melding = LocalDate.of(2024, 1, 1);
        return ChronoUnit.DAYS.between(melding,
                StatutoryDeadlines.of(melding, false, CaseProgress.none(), melding).investigation());
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        List<Figure> figures = new ArrayList<>();
        submitted(query, figures);
        lifeDomains(query, figures);
        deadlines(query, figures);
        return figures;
    }

    /** By urgency and by delivery status, with a row for every value (0 included) for a village with intakes. */
    private void submitted(FigureQuery query, List<Figure> figures) {
        Map<UUID, Map<String, Long>> byVillage = new LinkedHashMap<>();
        jdbc.sql("""
                select i.village_id, i.urgency, coalesce(d.status, 'QUEUED') as delivery, count(*) as n
                from intake i left join intake_delivery d on d.intake_id = i.id
                where i.status = 'SUBMITTED' and i.village_id in (:villages) and i.melding_date between :from and :to
                group by 1, 2, 3""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    Map<String, Long> counts = byVillage.computeIfAbsent(rs.getObject("village_id", UUID.class),
                            v -> new LinkedHashMap<>());
                    long n = rs.getLong("n");
                    counts.merge("urgency:" + rs.getString("urgency"), n, Long::sum);
                    // a submitted intake always has its delivery row (written in the same transaction);
                    // the coalesce only keeps this table's total equal to the intakes submitted
                    counts.merge("delivery:" + rs.getString("delivery"), n, Long::sum);
                    return n;
                }).list();
        byVillage.forEach((village, counts) -> {
            for (Urgency urgency : Urgency.values()) {
                figures.add(Figure.count(village, Section.WMO_INTAKES, "urgency-" + CodedValue.code(urgency),
                        "intakes.figure.urgency." + CodedValue.code(urgency), urgency.ordinal(),
                        counts.getOrDefault("urgency:" + urgency.name(), 0L), Figure.Audience.MUNICIPAL));
            }
            for (DeliveryStatus status : DeliveryStatus.values()) {
                String code = CodedValue.code(status);
                figures.add(Figure.count(village, Section.WMO_INTAKE_DELIVERIES, code,
                        "intakes.figure.delivery." + code, status.ordinal(),
                        counts.getOrDefault("delivery:" + status.name(), 0L), Figure.Audience.MUNICIPAL));
            }
        });
    }

    /** Life domains are constant names kept in clear for exactly this; an intake counts once per domain. */
    private void lifeDomains(FigureQuery query, List<Figure> figures) {
        Map<UUID, Map<String, Long>> byVillage = new LinkedHashMap<>();
        jdbc.sql("""
                select i.village_id, domain, count(*) as n
                from intake i cross join lateral unnest(string_to_array(i.life_domains, ',')) as domain
                where i.status = 'SUBMITTED' and i.village_id in (:villages) and i.melding_date between :from and :to
                  and domain <> ''
                group by 1, 2""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> byVillage.computeIfAbsent(rs.getObject("village_id", UUID.class),
                        v -> new LinkedHashMap<>()).merge(rs.getString("domain"), rs.getLong("n"), Long::sum))
                .list();
        byVillage.forEach((village, counts) -> {
            for (LifeDomain domain : LifeDomain.values()) {
                figures.add(Figure.count(village, Section.WMO_INTAKES_BY_LIFE_DOMAIN, CodedValue.code(domain),
                        "intakes.lifeDomain." + CodedValue.code(domain), domain.ordinal(),
                        counts.getOrDefault(domain.name(), 0L), Figure.Audience.MUNICIPAL));
            }
        });
    }

    /**
     * The deadline falls in the period when the melding lies in the period moved back by the
     * investigation's days; "overdue" and "running" are as of today (Dutch time).
     */
    private void deadlines(FigureQuery query, List<Figure> figures) {
        long days = investigationDays();
        jdbc.sql("""
                select i.village_id,
                       count(*) filter (where d.investigation_completed_on <= i.melding_date + :days) as in_time,
                       count(*) filter (where d.investigation_completed_on > i.melding_date + :days) as late,
                       count(*) filter (where d.investigation_completed_on is null
                                          and i.melding_date + :days < :today) as overdue,
                       count(*) filter (where d.investigation_completed_on is null
                                          and i.melding_date + :days >= :today) as running
                from intake i left join intake_delivery d on d.intake_id = i.id
                where i.status = 'SUBMITTED' and i.village_id in (:villages)
                  and i.melding_date between :dueFrom and :dueTo
                group by 1""")
                .param("villages", query.villages()).param("days", (int) days)
                .param("dueFrom", query.from().minusDays(days)).param("dueTo", query.to().minusDays(days))
                .param("today", input.today())
                .query((rs, i) -> {
                    UUID village = rs.getObject("village_id", UUID.class);
                    for (Compliance compliance : Compliance.values()) {
                        String code = CodedValue.code(compliance);
                        figures.add(Figure.count(village, Section.WMO_INTAKE_DEADLINES, code,
                                "intakes.figure.deadline." + code, compliance.ordinal(),
                                rs.getLong(compliance.name().toLowerCase(java.util.Locale.ROOT)),
                                Figure.Audience.MUNICIPAL));
                    }
                    return village;
                }).list();
    }
}
