package nl.naober.platform.reporting;

import static nl.naober.platform.reporting.SmallNumbers.Mark.BELOW_THRESHOLD;
import static nl.naober.platform.reporting.SmallNumbers.Mark.COMPLEMENTARY;
import static nl.naober.platform.reporting.SmallNumbers.Mark.SHOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two sections that count the same contacts split two ways (per channel A, per route B) share
 * their totals per village and for the municipality:
 * <pre>
 *  A          V1  V2 | total      B            V1  V2 | total
 *  phone       7   3 |  10        own network   7   9 |  16
 *  home visit  0   6 |   6
 *  total       7   9 |  16        total         7   9 |  16
 * </pre>
 * A must hide V2's 3, then V1's 7 (else 10 − 7 gives it), and with it V1's total (7 + 0); B on
 * its own hides nothing, so its total 7 would give V1's hidden phone contacts back (7 − 0).
 */
class LinkedSuppressionTests {

    private static final long[][] A = {{7, 3, 10}, {0, 6, 6}, {7, 9, 16}};
    private static final long[][] B = {{7, 9, 16}, {7, 9, 16}};

    @Test
    void eachSectionOnItsOwnShowsATotalTheOtherHidesAndTheCellBehindItCanBeWorkedBack() {
        SmallNumbers.Mark[][] a = SmallNumbers.suppress(A, true, true);
        SmallNumbers.Mark[][] b = SmallNumbers.suppress(B, true, true);

        assertThat(a[0]).containsExactly(COMPLEMENTARY, BELOW_THRESHOLD, COMPLEMENTARY);
        assertThat(a[2][0]).as("A's total of V1").isEqualTo(COMPLEMENTARY);
        assertThat(b[1][0]).as("B's total of V1").isEqualTo(SHOWN);
        assertThat(recomputation(List.of(a, b)).recovered()).containsKey("A|0|0");
    }

    @Test
    void aTotalHiddenInOneSectionIsHiddenInTheLinkedSectionAndNothingCanBeWorkedBack() {
        List<SmallNumbers.Mark[][]> marks = SmallNumbers.suppress(tables(), links());
        SmallNumbers.Mark[][] a = marks.get(0);
        SmallNumbers.Mark[][] b = marks.get(1);

        assertThat(a[0][1]).isEqualTo(BELOW_THRESHOLD);
        assertThat(a[2][0]).as("A's total of V1").isEqualTo(COMPLEMENTARY);
        assertThat(b[1][0]).as("B's total of V1").isEqualTo(COMPLEMENTARY);
        // B's only row would add up to the hidden total, so B hides a cell of its own too
        assertThat(b[0][0]).isEqualTo(COMPLEMENTARY);
        for (int r = 0; r < A.length; r++) {
            for (int c = 0; c < A[r].length; c++) {
                if (r == A.length - 1) {
                    assertThat(a[r][c] == SHOWN).as("linked total " + c).isEqualTo(b[B.length - 1][c] == SHOWN);
                }
            }
        }
        assertThat(recomputation(marks).recovered()).as("cells worked back").isEmpty();
    }

    @Test
    void theSameFiguresGiveTheSamePattern() {
        List<SmallNumbers.Mark[][]> first = SmallNumbers.suppress(tables(), links());
        List<SmallNumbers.Mark[][]> second = SmallNumbers.suppress(tables(), links());

        for (int t = 0; t < first.size(); t++) {
            assertThat(second.get(t)).isDeepEqualTo(first.get(t));
        }
    }

    @Test
    void aTotalHiddenFromOutsideALineWhoseCellsAreAllShownHidesOneOfThem() {
        // the other table hides its first row's total 14 (3 <5, 11 and 5 to protect it, 8 and 11 below,
        // then 14 in the column of totals); this row would add it up again: 8 + 0 + 6
        long[][] alone = {{8, 0, 6, 14}, {0, 0, 0, 0}};
        long[][] hider = {{3, 11, 14}, {5, 0, 5}, {8, 11, 19}};
        List<SmallNumbers.Table> tables = List.of(new SmallNumbers.Table(alone, true, false),
                new SmallNumbers.Table(hider, true, true));
        List<List<SmallNumbers.Position>> links = List.of(List.of(new SmallNumbers.Position(0, 0, 3),
                new SmallNumbers.Position(1, 0, 2)));

        List<SmallNumbers.Mark[][]> marks = SmallNumbers.suppress(tables, links);

        assertThat(SmallNumbers.suppress(hider, true, true)[0][2]).isEqualTo(COMPLEMENTARY);
        assertThat(SmallNumbers.suppress(alone, true, false)[0]).containsOnly(SHOWN);
        assertThat(marks.get(0)[0]).containsExactly(SHOWN, SHOWN, COMPLEMENTARY, COMPLEMENTARY);
    }

    private static List<SmallNumbers.Table> tables() {
        return List.of(new SmallNumbers.Table(A, true, true), new SmallNumbers.Table(B, true, true));
    }

    /** V1's, V2's and the municipality's totals of A and B are the same numbers. */
    private static List<List<SmallNumbers.Position>> links() {
        List<List<SmallNumbers.Position>> links = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            links.add(List.of(new SmallNumbers.Position(0, A.length - 1, c), new SmallNumbers.Position(1, B.length - 1, c)));
        }
        return links;
    }

    /** Every row and column equation of A and B, and the shared totals. */
    private static Recomputation recomputation(List<SmallNumbers.Mark[][]> marks) {
        Recomputation known = new Recomputation();
        long[][][] grids = {A, B};
        String[] names = {"A", "B"};
        for (int t = 0; t < grids.length; t++) {
            long[][] grid = grids[t];
            for (int r = 0; r < grid.length; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < grid[r].length; c++) {
                    String key = names[t] + "|" + r + "|" + c;
                    known.position(key, marks.get(t)[r][c] == SHOWN ? BigDecimal.valueOf(grid[r][c]) : null);
                    row.add(key);
                }
                known.sum(row.subList(0, row.size() - 1), row.getLast());
            }
            for (int c = 0; c < grid[0].length; c++) {
                List<String> column = new ArrayList<>();
                for (int r = 0; r < grid.length; r++) {
                    column.add(names[t] + "|" + r + "|" + c);
                }
                known.sum(column.subList(0, column.size() - 1), column.getLast());
            }
        }
        for (int c = 0; c < A[0].length; c++) {
            known.same("A|" + (A.length - 1) + "|" + c, "B|" + (B.length - 1) + "|" + c);
        }
        return known;
    }
}
