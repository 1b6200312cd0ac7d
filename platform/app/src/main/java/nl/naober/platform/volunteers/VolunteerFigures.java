package nl.naober.platform.volunteers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.reporting.Figure;
import nl.naober.platform.reporting.FigureQuery;
import nl.naober.platform.reporting.FigureSource;
import nl.naober.platform.reporting.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's figures for reports, per village: volunteers active in the period and the hours they
 * logged (public: the village may see how much its volunteers do), and of the volunteers active at
 * the end of the period how many hold a VOG valid on that day (for the municipality). Counted in SQL;
 * no volunteer is named.
 */
@Component
@Transactional(readOnly = true)
class VolunteerFigures implements FigureSource {

    private final JdbcClient jdbc;

    VolunteerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select vv.village_id,
                       count(*) as active,
                       count(*) filter (where (v.ended_on is null or v.ended_on >= :to) and exists (
                           select 1 from volunteer_vog g where g.volunteer_id = v.id
                             and g.issued_on <= :to and g.valid_until >= :to)) as vog_valid,
                       count(*) filter (where (v.ended_on is null or v.ended_on >= :to) and not exists (
                           select 1 from volunteer_vog g where g.volunteer_id = v.id
                             and g.issued_on <= :to and g.valid_until >= :to)) as vog_missing
                from volunteer v join volunteer_village vv on vv.volunteer_id = v.id
                where vv.village_id in (:villages) and v.anonymised_at is null
                  and v.started_on <= :to and (v.ended_on is null or v.ended_on >= :from)
                group by vv.village_id""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    UUID village = rs.getObject("village_id", UUID.class);
                    figures.add(Figure.count(village, Section.VOLUNTEERS, "active", "volunteer.figure.active", 1,
                            rs.getLong("active"), Figure.Audience.PUBLIC));
                    figures.add(Figure.count(village, Section.VOLUNTEERS, "vog-valid", "volunteer.figure.vog-valid", 3,
                            rs.getLong("vog_valid"), Figure.Audience.MUNICIPAL));
                    figures.add(Figure.count(village, Section.VOLUNTEERS, "vog-missing-or-expired",
                            "volunteer.figure.vog-missing-or-expired", 4, rs.getLong("vog_missing"),
                            Figure.Audience.MUNICIPAL));
                    return village;
                }).list();
        jdbc.sql("""
                select village_id, sum(quarters) * 15 as minutes from volunteer_hours
                where village_id in (:villages) and worked_on between :from and :to group by village_id""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> figures.add(Figure.hours(rs.getObject("village_id", UUID.class), Section.VOLUNTEERS,
                        "hours", "volunteer.figure.hours", 2, rs.getLong("minutes"), Figure.Audience.PUBLIC)))
                .list();
        return figures;
    }
}
