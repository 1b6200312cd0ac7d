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
        for (Section section : Section.values()) {
            Matrix matrix = matrix(section, columns, figures, audience, suppressed);
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

    /** The villages side by side with the municipality's total, suppressed. */
    List<ReportDocument.Table> dashboard(List<VillageSummary> all, List<Figure> figures) {
        List<ReportDocument.Table> tables = new ArrayList<>();
        List<String> columns = new ArrayList<>(all.stream().map(VillageSummary::name).toList());
        columns.add(text("reporting.municipality-total"));
        for (Section section : Section.values()) {
            Matrix matrix = matrix(section, all, figures, Figure.Audience.MUNICIPAL, true);
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
     * A trend table: the quarters as rows, the villages and the municipality as columns, the year
     * as total row; {@code values[quarter][village]}.
     */
    ReportDocument.Table quarters(String code, String title, List<VillageSummary> all, BigDecimal[][] values, Figure.Unit unit) {
        int rows = values.length;
        int columns = all.size();
        BigDecimal[][] grid = new BigDecimal[rows + 1][columns + 1];
        for (BigDecimal[] row : grid) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                BigDecimal v = values[r][c];
                grid[r][c] = v;
                grid[r][columns] = grid[r][columns].add(v);
                grid[rows][c] = grid[rows][c].add(v);
                grid[rows][columns] = grid[rows][columns].add(v);
            }
        }
        SmallNumbers.Mark[][] marks = unit == Figure.Unit.COUNT
                ? SmallNumbers.suppress(longs(grid), true, true) : null;
        List<ReportDocument.Row> table = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            List<ReportDocument.Cell> cells = new ArrayList<>();
            for (int c = 0; c <= columns; c++) {
                cells.add(cell(grid[r][c], unit, marks == null ? SmallNumbers.Mark.SHOWN : marks[r][c]));
            }
            table.add(new ReportDocument.Row(r == rows ? text("reporting.year-total")
                    : text("reporting.quarter", r + 1), cells, r == rows));
        }
        List<String> headers = new ArrayList<>(all.stream().map(VillageSummary::name).toList());
        headers.add(text("reporting.municipality-total"));
        return new ReportDocument.Table(title, code, headers, table, false);
    }

    /** Indicators of a section × villages (+ total column, + total row), or {@code null} without figures. */
    private Matrix matrix(Section section, List<VillageSummary> villages, List<Figure> figures,
            Figure.Audience audience, boolean suppressed) {
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
        SmallNumbers.Mark[][] marks = new SmallNumbers.Mark[rows.size() + 1][columns + 1];
        for (SmallNumbers.Mark[] row : marks) {
            java.util.Arrays.fill(row, SmallNumbers.Mark.SHOWN);
        }
        if (suppressed) {
            suppress(rows, grid, marks, section.additive() && oneUnit);
        }
        return new Matrix(rows, grid, marks, present);
    }

    /** Suppresses the count rows: as one table when the section adds up, else each row on its own. */
    private static void suppress(List<RowDefinition> rows, BigDecimal[][] grid, SmallNumbers.Mark[][] marks,
            boolean additive) {
        List<Integer> counts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).unit == Figure.Unit.COUNT) {
                counts.add(r);
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        int columns = grid[0].length;
        boolean whole = additive && counts.size() == rows.size();
        long[][] sub = new long[counts.size() + 1][columns];
        for (int i = 0; i < counts.size(); i++) {
            for (int c = 0; c < columns; c++) {
                sub[i][c] = grid[counts.get(i)][c].longValue();
            }
        }
        if (whole) {
            sub[counts.size()] = longs(new BigDecimal[][] {grid[rows.size()]})[0];
        }
        SmallNumbers.Mark[][] result = SmallNumbers.suppress(sub, true, whole);
        for (int i = 0; i < counts.size(); i++) {
            marks[counts.get(i)] = result[i];
        }
        if (whole) {
            marks[rows.size()] = result[counts.size()];
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

    /** A section's numbers and how each is shown. */
    private final class Matrix {

        private final List<RowDefinition> rows;
        private final BigDecimal[][] grid;
        private final SmallNumbers.Mark[][] marks;
        private final boolean[][] present;

        private Matrix(List<RowDefinition> rows, BigDecimal[][] grid, SmallNumbers.Mark[][] marks,
                boolean[][] present) {
            this.rows = rows;
            this.grid = grid;
            this.marks = marks;
            this.present = present;
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
