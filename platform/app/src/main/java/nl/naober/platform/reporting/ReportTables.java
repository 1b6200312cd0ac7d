package nl.naober.platform.reporting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns figures into the tables of a report: one matrix per section (indicators × villages, with
 * the municipality's totals), suppressed as a whole by {@link SmallNumbers} for outside readers, and
 * then either shown side by side (dashboard) or cut to one village's column.
 */
@Component
class ReportTables {

    static final String BELOW = "<5";
    static final String HIDDEN = "×";

    private final MessageSource messages;

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    /** One village's tables; {@code suppressed} for every reader but its own supporter. */
    List<ReportDocument.Table> village(VillageSummary village, List<VillageSummary> all, List<Figure> figures,
            Figure.Audience audience, boolean suppressed) {
        List<VillageSummary> columns = suppressed ? all : List.of(village);
        int index = columns.indexOf(village);
        List<ReportDocument.Table> tables = new ArrayList<>();
        Map<Section, Matrix> matrices = matrices(columns, figures, audience, suppressed, List.of());
        for (Section section : Section.values()) {
            Matrix matrix = matrices.get(section);
            if (matrix == null || matrix.rowsWithData(index).isEmpty()) {
                continue;
            }
            List<ReportDocument.Row> rows = new ArrayList<>();
            for (int r : matrix.rowsWithData(index)) {
                rows.add(new ReportDocument.Row(matrix.rows.get(r).label, List.of(matrix.cell(r, index)), false));
            }
            if (section.additive()) {
                rows.add(new ReportDocument.Row(text("reporting.total"), List.of(matrix.cell(matrix.rows.size(), index)),
                        true));
            }
            tables.add(new ReportDocument.Table(text(section.titleKey()), section.code(), List.of(village.name()), rows,
                    true));
        }
        return tables;
    }

    /**
     * The trends per quarter, then the villages side by side with the municipality's total, all
     * suppressed together (a trend's year is a section's total).
     */
    List<ReportDocument.Table> dashboard(List<VillageSummary> all, List<Figure> figures, List<Trend> trends) {
        List<Matrix> trendMatrices = trends.stream().map(trend -> trend(trend, all.size())).toList();
        Map<Section, Matrix> matrices = matrices(all, figures, Figure.Audience.MUNICIPAL, true, trendMatrices);
        List<ReportDocument.Table> tables = new ArrayList<>();
        List<String> columns = new ArrayList<>(all.stream().map(VillageSummary::name).toList());
        columns.add(text("reporting.municipality-total"));
        for (int t = 0; t < trends.size(); t++) {
            Matrix matrix = trendMatrices.get(t);
            List<ReportDocument.Row> table = new ArrayList<>();
            for (int r = 0; r <= matrix.rows.size(); r++) {
                List<ReportDocument.Cell> cells = new ArrayList<>();
                for (int c = 0; c <= all.size(); c++) {
                    cells.add(matrix.cell(r, c));
                }
                boolean total = r == matrix.rows.size();
                table.add(new ReportDocument.Row(total ? text("reporting.year-total") : matrix.rows.get(r).label, cells,
                        total));
            }
            tables.add(new ReportDocument.Table(trends.get(t).title(), trends.get(t).code(), columns, table, false));
        }
        for (Section section : Section.values()) {
            Matrix matrix = matrices.get(section);
            if (matrix == null) {
                continue;
            }
            List<ReportDocument.Row> rows = new ArrayList<>();
            int last = section.additive() ? matrix.rows.size() : matrix.rows.size() - 1;
            for (int r = 0; r <= last; r++) {
                List<ReportDocument.Cell> cells = new ArrayList<>();
                for (int c = 0; c <= all.size(); c++) {
                    cells.add(matrix.cell(r, c));
                }
                boolean total = r == matrix.rows.size();
                rows.add(new ReportDocument.Row(total ? text("reporting.total") : matrix.rows.get(r).label, cells, total));
            }
            tables.add(new ReportDocument.Table(text(section.titleKey()), section.code(), columns, rows, false));
        }
        return tables;
    }

    /**
     * A trend of the dashboard: the quarters as rows, the villages and the municipality as columns,
     * the year as total row; {@code values[quarter][village]}.
     *
     * @param yearOf a section whose total per village is this trend's year (the contacts), so the
     *               two are suppressed together, or {@code null}
     */
    record Trend(String code, String title, BigDecimal[][] values, Figure.Unit unit, Section yearOf) {
    }

    private Matrix trend(Trend trend, int columns) {
        BigDecimal[][] values = trend.values();
        int rows = values.length;
        BigDecimal[][] grid = new BigDecimal[rows + 1][columns + 1];
        for (BigDecimal[] row : grid) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        List<RowDefinition> definitions = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            definitions.add(new RowDefinition("q" + (r + 1), text("reporting.quarter", r + 1), r, trend.unit()));
            for (int c = 0; c < columns; c++) {
                BigDecimal v = values[r][c];
                grid[r][c] = v;
                grid[r][columns] = grid[r][columns].add(v);
                grid[rows][c] = grid[rows][c].add(v);
                grid[rows][columns] = grid[rows][columns].add(v);
            }
        }
        boolean[][] present = new boolean[rows][columns];
        for (boolean[] row : present) {
            java.util.Arrays.fill(row, true);
        }
        return new Matrix(null, definitions, grid, present, true,
                trend.yearOf() == null ? null : trend.yearOf().totalGroup(), null);
    }

    /**
     * Every section's matrix (and the given trends), suppressed together when {@code suppressed}.
     * The pattern is always that of the municipality's figures, also for the public report: a
     * public total linked to a municipal section (the contacts per channel) is hidden in both, so
     * the public report never shows what the dashboard hides.
     */
    private Map<Section, Matrix> matrices(List<VillageSummary> villages, List<Figure> figures,
            Figure.Audience audience, boolean suppressed, List<Matrix> trends) {
        Map<Section, Matrix> shown = new java.util.EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            Matrix matrix = matrix(section, villages, figures, audience);
            if (matrix != null) {
                shown.put(section, matrix);
            }
        }
        if (!suppressed) {
            return shown;
        }
        Map<Section, Matrix> plan = shown;
        if (audience != Figure.Audience.MUNICIPAL) {
            plan = new java.util.EnumMap<>(Section.class);
            for (Section section : Section.values()) {
                Matrix matrix = matrix(section, villages, figures, Figure.Audience.MUNICIPAL);
                if (matrix != null) {
                    plan.put(section, matrix);
                }
            }
        }
        List<Matrix> together = new ArrayList<>(trends);
        together.addAll(plan.values());
        suppress(together);
        if (plan != shown) {
            for (Matrix matrix : shown.values()) {
                Matrix full = plan.get(matrix.section);
                if (!matrix.takeMarksFrom(full)) {
                    // rows of other audiences count in the municipality's total of an additive section,
                    // so the reader's table is another table: suppressed on its own (no section is so now)
                    suppress(List.of(matrix));
                }
            }
        }
        return shown;
    }

    /** Indicators of a section × villages (+ total column, + total row), or {@code null} without figures. */
    private Matrix matrix(Section section, List<VillageSummary> villages, List<Figure> figures,
            Figure.Audience audience) {
        Map<UUID, Integer> columnOf = new java.util.HashMap<>();
        for (int i = 0; i < villages.size(); i++) {
            columnOf.put(villages.get(i).id(), i);
        }
        Map<String, RowDefinition> definitions = new LinkedHashMap<>();
        List<Figure> relevant = figures.stream().filter(f -> f.section() == section
                && f.audience().visibleTo(audience) && columnOf.containsKey(f.village())).toList();
        if (relevant.isEmpty()) {
            return null;
        }
        for (Figure figure : relevant) {
            definitions.putIfAbsent(figure.key(), new RowDefinition(figure.key(), label(figure), figure.order(),
                    figure.unit()));
        }
        List<RowDefinition> rows = definitions.values().stream()
                .sorted(Comparator.comparingInt(RowDefinition::order).thenComparing(RowDefinition::key)).toList();
        Map<String, Integer> rowOf = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rowOf.put(rows.get(i).key, i);
        }
        int columns = villages.size();
        BigDecimal[][] grid = new BigDecimal[rows.size() + 1][columns + 1];
        for (BigDecimal[] row : grid) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        boolean[][] present = new boolean[rows.size()][columns];
        for (Figure figure : relevant) {
            int r = rowOf.get(figure.key());
            int c = columnOf.get(figure.village());
            grid[r][c] = grid[r][c].add(figure.value());
            present[r][c] = true;
        }
        boolean oneUnit = rows.stream().map(RowDefinition::unit).distinct().count() == 1;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][columns] = grid[r][columns].add(grid[r][c]);
                if (section.additive() && oneUnit) {
                    grid[rows.size()][c] = grid[rows.size()][c].add(grid[r][c]);
                    grid[rows.size()][columns] = grid[rows.size()][columns].add(grid[r][c]);
                }
            }
        }
        return new Matrix(section, rows, grid, present, section.additive() && oneUnit, section.totalGroup(),
                section.totalKey());
    }

    /**
     * Suppresses the count rows of the matrices in one go: a matrix that adds up as one table, else
     * each row on its own; the totals of a group of sections (and trends) that count the same
     * things are linked, so that a total hidden in one is hidden in all.
     */
    private static void suppress(List<Matrix> matrices) {
        List<SmallNumbers.Table> tables = new ArrayList<>();
        List<Matrix> suppressible = new ArrayList<>();
        List<List<Integer>> countRows = new ArrayList<>();
        Map<String, List<List<SmallNumbers.Position>>> links = new LinkedHashMap<>();
        for (Matrix matrix : matrices) {
            List<Integer> counts = new ArrayList<>();
            for (int r = 0; r < matrix.rows.size(); r++) {
                if (matrix.rows.get(r).unit == Figure.Unit.COUNT) {
                    counts.add(r);
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            int columns = matrix.grid[0].length;
            boolean whole = matrix.totals && counts.size() == matrix.rows.size();
            long[][] sub = new long[counts.size() + 1][columns];
            for (int i = 0; i < counts.size(); i++) {
                sub[i] = longs(new BigDecimal[][] {matrix.grid[counts.get(i)]})[0];
            }
            if (whole) {
                sub[counts.size()] = longs(new BigDecimal[][] {matrix.grid[matrix.rows.size()]})[0];
            }
            int table = tables.size();
            tables.add(new SmallNumbers.Table(sub, true, whole));
            suppressible.add(matrix);
            countRows.add(counts);
            // the row that is the group's total: the total row, or the indicator named as the total
            Integer totalRow = null;
            if (matrix.group != null && matrix.totalKey == null && whole) {
                totalRow = counts.size();
            } else if (matrix.group != null && matrix.totalKey != null) {
                for (int i = 0; i < counts.size(); i++) {
                    if (matrix.rows.get(counts.get(i)).key.equals(matrix.totalKey)) {
                        totalRow = i;
                    }
                }
            }
            if (totalRow != null) {
                List<List<SmallNumbers.Position>> group = links.computeIfAbsent(matrix.group, g -> new ArrayList<>());
                for (int c = 0; c < columns; c++) {
                    if (group.size() <= c) {
                        group.add(new ArrayList<>());
                    }
                    group.get(c).add(new SmallNumbers.Position(table, totalRow, c));
                }
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        List<List<SmallNumbers.Position>> linked = links.values().stream().flatMap(List::stream).toList();
        List<SmallNumbers.Mark[][]> results = SmallNumbers.suppress(tables, linked);
        for (int t = 0; t < tables.size(); t++) {
            Matrix matrix = suppressible.get(t);
            List<Integer> counts = countRows.get(t);
            SmallNumbers.Mark[][] result = results.get(t);
            for (int i = 0; i < counts.size(); i++) {
                matrix.marks[counts.get(i)] = result[i];
            }
            if (tables.get(t).columnTotals()) {
                matrix.marks[matrix.rows.size()] = result[counts.size()];
            }
        }
    }

    private ReportDocument.Cell cell(BigDecimal value, Figure.Unit unit, SmallNumbers.Mark mark) {
        return switch (mark) {
            case BELOW_THRESHOLD -> new ReportDocument.Cell(BELOW, null);
            case COMPLEMENTARY -> new ReportDocument.Cell(HIDDEN, null);
            case SHOWN -> new ReportDocument.Cell(format(value, unit), value);
        };
    }

    /** Dutch (or English) number formats: 1.234 contacts, 12,5 hours, € 1.234,50. */
    static String format(BigDecimal value, Figure.Unit unit) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (unit) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value);
            case HOURS -> {
                NumberFormat hours = NumberFormat.getNumberInstance(locale);
                hours.setMinimumFractionDigits(1);
                hours.setMaximumFractionDigits(1);
                yield hours.format(value);
            }
            case EUROS -> {
                NumberFormat euros = NumberFormat.getNumberInstance(locale);
                euros.setMinimumFractionDigits(2);
                euros.setMaximumFractionDigits(2);
                yield "€ " + euros.format(value);
            }
        };
    }

    private String label(Figure figure) {
        return figure.label() != null ? figure.label() : text(figure.labelKey());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static long[][] longs(BigDecimal[][] grid) {
        long[][] result = new long[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            result[r] = new long[grid[r].length];
            for (int c = 0; c < grid[r].length; c++) {
                result[r][c] = grid[r][c].longValue();
            }
        }
        return result;
    }

    private record RowDefinition(String key, String label, int order, Figure.Unit unit) {
    }

    /** A section's (or a trend's) numbers and how each is shown. */
    private final class Matrix {

        private final List<RowDefinition> rows;
        private final BigDecimal[][] grid;
        private final SmallNumbers.Mark[][] marks;
        private final boolean[][] present;
        /** Whether the total row adds up the rows (an additive section of one unit, a trend). */
        private final boolean totals;
        /** The group of sections with the same total, or {@code null}. */
        private final String group;
        /** The row that is the group's total, or {@code null} when the total row is. */
        private final String totalKey;
        /** The section, or {@code null} for a trend. */
        private final Section section;

        private Matrix(Section section, List<RowDefinition> rows, BigDecimal[][] grid, boolean[][] present, boolean totals,
                String group, String totalKey) {
            this.section = section;
            this.rows = rows;
            this.grid = grid;
            this.present = present;
            this.totals = totals;
            this.group = group;
            this.totalKey = totalKey;
            this.marks = new SmallNumbers.Mark[rows.size() + 1][grid[0].length];
            for (SmallNumbers.Mark[] row : marks) {
                java.util.Arrays.fill(row, SmallNumbers.Mark.SHOWN);
            }
        }

        /**
         * Takes the marks of the same section's matrix with more rows (the municipality's), row by
         * row; {@code false} when the total row would differ (rows of another audience in it).
         */
        boolean takeMarksFrom(Matrix full) {
            List<String> keys = rows.stream().map(RowDefinition::key).toList();
            List<String> fullKeys = full.rows.stream().map(RowDefinition::key).toList();
            if (!fullKeys.containsAll(keys) || totals && !keys.equals(fullKeys)) {
                return false;
            }
            for (int r = 0; r < rows.size(); r++) {
                marks[r] = full.marks[fullKeys.indexOf(keys.get(r))].clone();
            }
            marks[rows.size()] = full.marks[full.rows.size()].clone();
            return true;
        }

        /** The rows a village has a figure in (a village's report leaves out what it has none of). */
        List<Integer> rowsWithData(int column) {
            List<Integer> found = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (present[r][column]) {
                    found.add(r);
                }
            }
            return found;
        }

        ReportDocument.Cell cell(int row, int column) {
            Figure.Unit unit = row < rows.size() ? rows.get(row).unit : rows.getFirst().unit;
            return ReportTables.this.cell(Objects.requireNonNull(grid[row][column]), unit, marks[row][column]);
        }
    }
}
