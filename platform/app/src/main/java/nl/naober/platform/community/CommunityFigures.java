package nl.naober.platform.community;

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
 * This module's figures for reports, per village: activities held in the period with their
 * participants and volunteer hours, the supporter's own hours on them, and the initiatives she
 * supported in the period (any support entry dated in it). Public except the supporter's hours,
 * which are the municipality's business. Counted in SQL; no names.
 */
@Component
@Transactional(readOnly = true)
class CommunityFigures implements FigureSource {

    private final JdbcClient jdbc;

    CommunityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select village_id, count(*) as activities, sum(participants) as participants,
                       sum(volunteer_hours) * 60 as volunteer_minutes, sum(supporter_minutes) as supporter_minutes
                from activity where village_id in (:villages) and held_on between :from and :to group by village_id""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    UUID village = rs.getObject("village_id", UUID.class);
                    figures.add(Figure.count(village, Section.ACTIVITIES, "activities", "community.figure.activities",
                            1, rs.getLong("activities"), Figure.Audience.PUBLIC));
                    figures.add(Figure.count(village, Section.ACTIVITIES, "participants",
                            "community.figure.participants", 2, rs.getLong("participants"), Figure.Audience.PUBLIC));
                    figures.add(Figure.hours(village, Section.ACTIVITIES, "volunteer-hours",
                            "community.figure.volunteer-hours", 3, rs.getLong("volunteer_minutes"),
                            Figure.Audience.PUBLIC));
                    figures.add(Figure.hours(village, Section.ACTIVITIES, "supporter-hours",
                            "community.figure.supporter-hours", 4, rs.getLong("supporter_minutes"),
                            Figure.Audience.MUNICIPAL));
                    return village;
                }).list();
        jdbc.sql("""
                select i.village_id, count(distinct i.id) as supported, sum(s.minutes) as minutes
                from initiative i join initiative_support s on s.initiative_id = i.id
                where i.village_id in (:villages) and s.given_on between :from and :to group by i.village_id""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    UUID village = rs.getObject("village_id", UUID.class);
                    figures.add(Figure.count(village, Section.INITIATIVES, "supported", "community.figure.supported",
                            1, rs.getLong("supported"), Figure.Audience.PUBLIC));
                    figures.add(Figure.hours(village, Section.INITIATIVES, "support-hours",
                            "community.figure.support-hours", 2, rs.getLong("minutes"), Figure.Audience.MUNICIPAL));
                    return village;
                }).list();
        return figures;
    }
}
