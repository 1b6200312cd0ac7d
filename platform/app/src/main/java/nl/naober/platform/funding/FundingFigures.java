package nl.naober.platform.funding;

import java.util.ArrayList;
import java.util.List;
import nl.naober.platform.reporting.Figure;
import nl.naober.platform.reporting.FigureQuery;
import nl.naober.platform.reporting.FigureSource;
import nl.naober.platform.reporting.Section;
import org.springframework.stereotype.Component;

/**
 * Granted versus spent in reports, for a calendar year (a grant is per year, so a shorter period,
 * such as a quarter of the dashboard's trends, has no funding figures). For the municipality; the
 * public annual report leaves money out.
 */
@Component
class FundingFigures implements FigureSource {

    private final FundingService funding;

    FundingFigures(FundingService funding) {
        this.funding = funding;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        int year = query.from().getYear();
        if (query.to().getYear() != year || query.from().getDayOfYear() != 1
                || !query.to().equals(query.to().withDayOfYear(query.to().lengthOfYear()))) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        for (FundingResponses.GrantView grant : funding.withGrant(query.villages(), year)) {
            figures.add(figure(grant, "granted", 1, Figure.Unit.EUROS, grant.grantedAmount()));
            figures.add(figure(grant, "hours-budget", 2, Figure.Unit.HOURS, grant.hoursBudget()));
            figures.add(figure(grant, "hours-spent", 3, Figure.Unit.HOURS, grant.hoursSpent()));
            figures.add(figure(grant, "hours-cost", 4, Figure.Unit.EUROS, grant.hoursCost()));
            figures.add(figure(grant, "costs", 5, Figure.Unit.EUROS, grant.costs()));
            figures.add(figure(grant, "spent", 6, Figure.Unit.EUROS, grant.spent()));
            figures.add(figure(grant, "balance", 7, Figure.Unit.EUROS, grant.balance()));
        }
        return figures;
    }

    private static Figure figure(FundingResponses.GrantView grant, String key, int order, Figure.Unit unit,
            java.math.BigDecimal value) {
        return new Figure(grant.village(), Section.FUNDING, key, "funding.figure." + key, null, order, unit, value,
                Figure.Audience.MUNICIPAL);
    }
}
