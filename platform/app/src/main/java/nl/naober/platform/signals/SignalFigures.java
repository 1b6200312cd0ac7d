package nl.naober.platform.signals;

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
 * This module's figures for reports: signals raised in the period per village, how many of them
 * were answered and how many are closed. Public: signals are written for the municipality and
 * hold no personal data, and F12 asks that the village sees what was raised on its behalf.
 */
@Component
@Transactional(readOnly = true)
class SignalFigures implements FigureSource {

    private final JdbcClient jdbc;

    SignalFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select s.village_id, count(*) as raised,
                       count(*) filter (where exists (select 1 from collective_signal_response r where r.signal_id = s.id)) as answered,
                       count(*) filter (where s.status = 'CLOSED') as closed
                from collective_signal s
                where s.village_id in (:villages) and s.raised_on between :from and :to group by s.village_id""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    UUID village = rs.getObject("village_id", UUID.class);
                    figures.add(Figure.count(village, Section.SIGNALS, "raised", "signal.figure.raised", 1,
                            rs.getLong("raised"), Figure.Audience.PUBLIC));
                    figures.add(Figure.count(village, Section.SIGNALS, "answered", "signal.figure.answered", 2,
                            rs.getLong("answered"), Figure.Audience.PUBLIC));
                    figures.add(Figure.count(village, Section.SIGNALS, "closed", "signal.figure.closed", 3,
                            rs.getLong("closed"), Figure.Audience.PUBLIC));
                    return village;
                }).list();
        return figures;
    }
}
