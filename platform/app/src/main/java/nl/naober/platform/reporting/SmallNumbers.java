package nl.naober.platform.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression of tables of counts with their totals, for every view outside the
 * supporter's own village report.
 * <p>
 * <b>Primary:</b> every count from 1 to 4 (a cell or a total) is hidden and shown as "&lt;5"; 0 is
 * shown (it says nobody, so it can single nobody out).
 * <p>
 * <b>Secondary (complementary):</b> no line of cells with its total may hide exactly one of its
 * positions, or that one follows from the others. A line with a shown total that hides exactly one
 * cell hides the smallest other cell of at least 5 too (shown as "×"): the reader then knows only
 * the sum of a cell of 1–4 and one of 5 or more, not either of them; a line without such a cell
 * (the others are 0 or hidden) hides its total instead. A line whose total is hidden while all its
 * cells are shown (a total hidden for another line or another table) hides its smallest cell of at
 * least 5. Rows and columns are repeated until no line gives a position away; totals of totals
 * (the grand total) take part as cells of the total row and total column.
 * <p>
 * <b>Linked tables:</b> tables that show the same number (two sections counting the same contacts
 * split in two ways have the same total per village) are suppressed together: once one of those
 * positions is hidden, all are, and every table is protected again, until nothing changes. Otherwise
 * a total hidden in one table could be read in the other, and the cell it protects worked back.
 * <p>
 * One pattern per period: every outside view of a period (dashboard, a village's report for the
 * sounding board or the administrator, the public annual report) is cut from the same suppressed
 * tables of all villages, so combining views reveals nothing that one view hides. The order of the
 * work is fixed (tables, lines, links in the order given), so the same figures give the same pattern.
 */
final class SmallNumbers {

    /** Counts below this are never shown outside the supporter's own report. */
    static final long THRESHOLD = 5;

    /** How a position of the table is shown. */
    enum Mark {
        SHOWN,
        /** 1–4: shown as "&lt;5". */
        BELOW_THRESHOLD,
        /** Hidden so that no "&lt;5" can be computed back: shown as "×". */
        COMPLEMENTARY
    }

    /**
     * A table to suppress. {@code grid} has one row and one column more than the cells: its last
     * column holds the row totals and its last row the column totals (the corner the grand total);
     * absent totals are ignored.
     *
     * @param rowTotals    whether each row's total (across columns) is shown
     * @param columnTotals whether each column's total (across rows) is shown
     */
    record Table(long[][] grid, boolean rowTotals, boolean columnTotals) {
    }

    /** A position of the {@code table}-th table of a call. */
    record Position(int table, int row, int column) {
    }

    private SmallNumbers() {
    }

    /** The marks of one table on its own (see {@link Table}). */
    static Mark[][] suppress(long[][] grid, boolean rowTotals, boolean columnTotals) {
        return suppress(List.of(new Table(grid, rowTotals, columnTotals)), List.of()).getFirst();
    }

    /**
     * The marks of tables suppressed together, one array per table in the order given.
     *
     * @param links groups of positions that show the same number: hidden in one, hidden in all
     */
    static List<Mark[][]> suppress(List<Table> tables, List<List<Position>> links) {
        List<Mark[][]> marks = new ArrayList<>();
        List<List<int[][]>> lines = new ArrayList<>();
        for (Table table : tables) {
            marks.add(primary(table));
            lines.add(lines(table.grid.length - 1, table.grid[0].length - 1, table.rowTotals, table.columnTotals));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int t = 0; t < tables.size(); t++) {
                boolean again = true;
                while (again) {
                    again = false;
                    for (int[][] line : lines.get(t)) {
                        again |= protect(line, tables.get(t).grid, marks.get(t));
                    }
                    changed |= again;
                }
            }
            for (List<Position> link : links) {
                changed |= hideTogether(link, marks);
            }
        }
        return marks;
    }

    private static Mark[][] primary(Table table) {
        long[][] grid = table.grid;
        int rows = grid.length - 1;
        int columns = grid[0].length - 1;
        Mark[][] marks = new Mark[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                boolean present = (r < rows || table.columnTotals) && (c < columns || table.rowTotals);
                long value = grid[r][c];
                marks[r][c] = present && value > 0 && value < THRESHOLD ? Mark.BELOW_THRESHOLD : Mark.SHOWN;
            }
        }
        return marks;
    }

    /** Hides the shown positions of a link once one of them is hidden. */
    private static boolean hideTogether(List<Position> link, List<Mark[][]> marks) {
        boolean anyHidden = link.stream().anyMatch(p -> marks.get(p.table)[p.row][p.column] != Mark.SHOWN);
        boolean changed = false;
        if (anyHidden) {
            for (Position p : link) {
                if (marks.get(p.table)[p.row][p.column] == Mark.SHOWN) {
                    marks.get(p.table)[p.row][p.column] = Mark.COMPLEMENTARY;
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Hides one more position of the line if it hides exactly one of its positions. */
    private static boolean protect(int[][] line, long[][] grid, Mark[][] marks) {
        int[] total = line[line.length - 1];
        boolean totalShown = marks[total[0]][total[1]] == Mark.SHOWN;
        int hidden = 0;
        int[] candidate = null;
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            if (marks[cell[0]][cell[1]] != Mark.SHOWN) {
                hidden++;
            } else if (grid[cell[0]][cell[1]] >= THRESHOLD
                    && (candidate == null || grid[cell[0]][cell[1]] < grid[candidate[0]][candidate[1]])) {
                candidate = cell;
            }
        }
        int[] hide;
        if (totalShown && hidden == 1) {
            hide = candidate == null ? total : candidate;
        } else if (!totalShown && hidden == 0 && candidate != null) {
            // the total is hidden for another line or table, but these cells would add up to it
            hide = candidate;
        } else {
            return false;
        }
        marks[hide[0]][hide[1]] = Mark.COMPLEMENTARY;
        return true;
    }

    /** Every line of cells with its total as the last position. */
    private static List<int[][]> lines(int rows, int columns, boolean rowTotals, boolean columnTotals) {
        List<int[][]> lines = new ArrayList<>();
        if (rowTotals) {
            for (int r = 0; r <= (columnTotals ? rows : rows - 1); r++) {
                int[][] line = new int[columns + 1][];
                for (int c = 0; c <= columns; c++) {
                    line[c] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        if (columnTotals) {
            for (int c = 0; c <= (rowTotals ? columns : columns - 1); c++) {
                int[][] line = new int[rows + 1][];
                for (int r = 0; r <= rows; r++) {
                    line[r] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        return lines;
    }
}
