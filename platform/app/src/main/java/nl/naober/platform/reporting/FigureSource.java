package nl.naober.platform.reporting;

import java.util.List;

/**
 * The SPI of reports: a module that owns data contributes its indicators per village and period.
 * Implementations aggregate in SQL (group by village and whatever the indicator splits by) and
 * return one {@link Figure} per village and indicator; they never return rows about persons, so
 * a report's memory does not grow with the number of contacts. Called inside the municipality of
 * the request (or of the job), in a read-only transaction, for villages the caller may read: the
 * source need not check access itself.
 * <p>
 * Sections still waiting for their module (volunteers, activities, initiatives, WMO intakes) are
 * named in {@link Section}; their module implements this interface with figures in that section.
 */
public interface FigureSource {

    /** The figures of the query's villages in its period. Indicators that are zero may be left out. */
    List<Figure> figures(FigureQuery query);
}
