package nl.naober.platform.carers;

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
 * This module's figures for reports: carers reached (support started in the period) per village,
 * public; of them referred to the local carer support and those carrying a heavy or too heavy
 * burden, for the municipality; appreciations registered for the period's years.
 */
@Component
@Transactional(readOnly = true)
class CarerFigures implements FigureSource {

    private final JdbcClient jdbc;

    CarerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                select village_id, count(*) as reached,
                       count(*) filter (where referred_to_carer_support) as referred,
                       count(*) filter (where burden in ('HEAVY', 'OVERBURDENED')) as heavy
                from carer where village_id in (:villages) and started_on between :from and :to group by village_id""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    UUID village = rs.getObject("village_id", UUID.class);
                    figures.add(Figure.count(village, Section.CARERS, "reached", "carer.figure.reached", 1,
                            rs.getLong("reached"), Figure.Audience.PUBLIC));
                    figures.add(Figure.count(village, Section.CARERS, "referred", "carer.figure.referred", 2,
                            rs.getLong("referred"), Figure.Audience.MUNICIPAL));
                    figures.add(Figure.count(village, Section.CARERS, "heavy", "carer.figure.heavy", 3,
                            rs.getLong("heavy"), Figure.Audience.MUNICIPAL));
                    return village;
                }).list();
        jdbc.sql("""
                select village_id, count(*) as n from carer_appreciation
                where village_id in (:villages) and year between :fromYear and :toYear group by village_id""")
                .param("villages", query.villages()).param("fromYear", query.from().getYear())
                .param("toYear", query.to().getYear())
                .query((rs, i) -> figures.add(Figure.count(rs.getObject("village_id", UUID.class), Section.CARERS,
                        "appreciations", "carer.figure.appreciations", 4, rs.getLong("n"),
                        Figure.Audience.MUNICIPAL))).list();
        return figures;
    }
}
