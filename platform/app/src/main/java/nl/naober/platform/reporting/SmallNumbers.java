package nl.naober.platform.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression of a table of counts with its totals, for every view outside the
 * supporter's own village report.
 * <p>
 * <b>Primary:</b> every count from 1 to 4 (a cell or a total) is hidden and shown as "&lt;5"; 0 is
 * shown (it says nobody, so it can single nobody out).
 * <p>
 * <b>Secondary (complementary):</b> a line of cells with a shown total that hides exactly one cell
 * would let anyone compute that cell (total minus the others). Then the smallest other cell of at
 * least 5 in the line is hidden too (shown as "×"): the reader then knows only the sum of a cell of
 * 1–4 and one of 5 or more, not either of them. A line without such a cell (the others are 0 or
 * hidden) hides its total instead. Rows and columns are repeated until no line gives a cell away;
 * totals of totals (the grand total) take part as cells of the total row and total column.
 * <p>
 * One pattern per table: every outside view of a period (dashboard, a village's report for the
 * sounding board or the administrator, the public annual report) is cut from the same suppressed
 * table of all villages, so combining views reveals nothing that one view hides.
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

    private SmallNumbers() {
    }

    /**
     * The marks of a table. {@code grid} has one row and one column more than the cells: its last
     * column holds the row totals and its last row the column totals (the corner the grand total);
     * absent totals are ignored.
     *
     * @param rowTotals    whether each row's total (across columns) is shown
     * @param columnTotals whether each column's total (across rows) is shown
     */
    static Mark[][] suppress(long[][] grid, boolean rowTotals, boolean columnTotals) {
        int rows = grid.length - 1;
        int columns = grid[0].length - 1;
        Mark[][] marks = new Mark[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                boolean present = (r < rows || columnTotals) && (c < columns || rowTotals);
                long value = grid[r][c];
                marks[r][c] = present && value > 0 && value < THRESHOLD ? Mark.BELOW_THRESHOLD : Mark.SHOWN;
            }
        }
        List<int[][]> lines = lines(rows, columns, rowTotals, columnTotals);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                changed |= protect(line, grid, marks);
            }
        }
        return marks;
    }

    /** Hides one more position of the line if it hides exactly one cell under a shown total. */
    private static boolean protect(int[][] line, long[][] grid, Mark[][] marks) {
        int[] total = line[line.length - 1];
        if (marks[total[0]][total[1]] != Mark.SHOWN) {
            return false;
        }
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
        if (hidden != 1) {
            return false;
        }
        int[] hide = candidate == null ? total : candidate;
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
