package nl.naober.platform.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A report as the reader gets it, every number already formatted and suppressed: the HTML page,
 * the PDF and the XLSX are all rendered from this one object, so they cannot disagree.
 *
 * @param title     the report's title (h1)
 * @param subtitle  municipality and period
 * @param narrative the supporter's account in her own words, or {@code null}
 * @param tables    the sections with figures, in order
 * @param legend    what "&lt;5" and "×" mean, or {@code null} when nothing is suppressed
 * @param language  the document's language tag ({@code nl-NL} or {@code en-GB})
 */
record ReportDocument(String title, String subtitle, String narrative, List<Table> tables, String legend,
        String language) {

    ReportDocument {
        tables = List.copyOf(tables);
    }

    /** One section (its API code, e.g. {@code contacts-by-theme}): its rows with one cell per column. */
    record Table(String title, String section, List<String> columns, List<Row> rows, boolean chart) {

        Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** The largest shown number of the first column, for the bars of a chart. */
        public BigDecimal largest() {
            return rows.stream().filter(r -> !r.total()).map(r -> r.cells().getFirst())
                    .filter(c -> c.value() != null).map(Cell::value).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        }
    }

    /** A row: its label and its cells; {@code total} for the sum row of an additive section. */
    record Row(String label, List<Cell> cells, boolean total) {

        Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One number as shown: {@code text} is what every format prints ("12", "3,5", "&lt;5", "×");
     * {@code value} is the number, or {@code null} when it is hidden.
     */
    record Cell(String text, BigDecimal value) {

        /** A bar's length in a chart of width 100 relative to {@code largest}, 0 for a hidden number. */
        public int bar(BigDecimal largest) {
            if (value == null || largest.signum() <= 0) {
                return 0;
            }
            return value.multiply(BigDecimal.valueOf(100)).divide(largest, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
        }
    }
}
