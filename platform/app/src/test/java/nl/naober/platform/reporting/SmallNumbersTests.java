package nl.naober.platform.reporting;

import static nl.naober.platform.reporting.SmallNumbers.Mark.BELOW_THRESHOLD;
import static nl.naober.platform.reporting.SmallNumbers.Mark.COMPLEMENTARY;
import static nl.naober.platform.reporting.SmallNumbers.Mark.SHOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallNumbersTests {

    @Test
    void countsFromOneToFourAreHiddenAndZeroAndFiveAreShown() {
        long[][] grid = {{0, 1, 4, 5, 10}, {0, 0, 0, 0, 0}};
        SmallNumbers.Mark[][] marks = SmallNumbers.suppress(grid, false, false);

        assertThat(marks[0]).containsExactly(SHOWN, BELOW_THRESHOLD, BELOW_THRESHOLD, SHOWN, SHOWN);
    }

    @Test
    void aSingleHiddenCellInARowWithATotalHidesTheSmallestCellOfAtLeastFiveToo() {
        // 3 + 6 + 20 = 29: with only the 3 hidden, 29 − 6 − 20 would give it away
        long[][] grid = {{3, 6, 20, 29}, {0, 0, 0, 0}};
        SmallNumbers.Mark[][] marks = SmallNumbers.suppress(grid, true, false);

        assertThat(marks[0]).containsExactly(BELOW_THRESHOLD, COMPLEMENTARY, SHOWN, SHOWN);
        assertThat(recoverable(grid[0], marks[0])).isFalse();
    }

    @Test
    void twoHiddenCellsInALineNeedNoMore() {
        long[][] grid = {{2, 3, 20, 25}, {0, 0, 0, 0}};
        SmallNumbers.Mark[][] marks = SmallNumbers.suppress(grid, true, false);

        assertThat(marks[0]).containsExactly(BELOW_THRESHOLD, BELOW_THRESHOLD, SHOWN, SHOWN);
    }

    @Test
    void aLineWhoseOtherCellsAreZeroHidesItsTotalInstead() {
        // 2 + 0 + 0 = 2 is itself below 5; 7 + 0 = 7 would show the 2 of the other row through the column
        long[][] grid = {{3, 0, 0, 3}, {0, 0, 0, 0}};
        SmallNumbers.Mark[][] marks = SmallNumbers.suppress(grid, true, false);
        assertThat(marks[0]).containsExactly(BELOW_THRESHOLD, SHOWN, SHOWN, BELOW_THRESHOLD);

        long[][] zeros = {{3, 0, 6, 9}, {0, 0, 0, 0}};
        SmallNumbers.Mark[][] second = SmallNumbers.suppress(zeros, true, false);
        assertThat(second[0]).containsExactly(BELOW_THRESHOLD, SHOWN, COMPLEMENTARY, SHOWN);
    }

    @Test
    void noRowOrColumnOfATableWithTotalsGivesAHiddenCellAway() {
        // villages as columns, indicators as rows, totals both ways
        long[][] grid = {
                {6, 12, 7, 25},
                {2, 9, 30, 41},
                {15, 1, 8, 24},
                {23, 22, 45, 90}};
        SmallNumbers.Mark[][] marks = SmallNumbers.suppress(grid, true, true);

        for (int r = 0; r < grid.length; r++) {
            assertThat(recoverable(grid[r], marks[r])).as("row " + r).isFalse();
        }
        for (int c = 0; c < grid[0].length; c++) {
            long[] column = new long[grid.length];
            SmallNumbers.Mark[] columnMarks = new SmallNumbers.Mark[grid.length];
            for (int r = 0; r < grid.length; r++) {
                column[r] = grid[r][c];
                columnMarks[r] = marks[r][c];
            }
            assertThat(recoverable(column, columnMarks)).as("column " + c).isFalse();
        }
        assertThat(marks[1][0]).isEqualTo(BELOW_THRESHOLD);
        assertThat(marks[2][1]).isEqualTo(BELOW_THRESHOLD);
        long hidden = java.util.Arrays.stream(marks).flatMap(java.util.Arrays::stream).filter(m -> m != SHOWN).count();
        assertThat(hidden).as("primary and complementary cells").isGreaterThanOrEqualTo(4);
    }

    @Test
    void withoutTotalsOnlyThePrimaryCellsAreHidden() {
        long[][] grid = {{3, 6, 0}, {0, 0, 0}};
        SmallNumbers.Mark[][] marks = SmallNumbers.suppress(grid, false, false);

        assertThat(marks[0]).containsExactly(BELOW_THRESHOLD, SHOWN, SHOWN);
    }

    /** Whether the line (cells + total last) shows its total and hides exactly one cell: that cell is recoverable. */
    private static boolean recoverable(long[] line, SmallNumbers.Mark[] marks) {
        if (marks[line.length - 1] != SHOWN) {
            return false;
        }
        int hidden = 0;
        for (int i = 0; i < line.length - 1; i++) {
            if (marks[i] != SHOWN) {
                hidden++;
            }
        }
        return hidden == 1;
    }
}
