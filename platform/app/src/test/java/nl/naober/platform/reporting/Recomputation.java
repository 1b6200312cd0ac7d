package nl.naober.platform.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader can work back from a suppressed report: the shown numbers, the hidden positions and
 * every equation the reader knows (a line of cells adds up to its total, two sections show the
 * same total). Any equation with exactly one unknown left gives that unknown away; solving repeats
 * until nothing more follows, so a cell recovered through a chain of rows, columns and sections
 * is found too.
 */
final class Recomputation {

    private final Map<String, BigDecimal> known = new HashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    /** Each equation: position → coefficient, the sum of coefficient × value being 0. */
    private final List<Map<String, Integer>> equations = new ArrayList<>();

    /** A position as the reader sees it: its number, or {@code null} when hidden. */
    Recomputation position(String key, BigDecimal shown) {
        if (shown == null) {
            hidden.add(key);
        } else {
            known.put(key, shown);
        }
        return this;
    }

    /** The cells add up to the total. */
    Recomputation sum(List<String> cells, String total) {
        Map<String, Integer> equation = new LinkedHashMap<>();
        cells.forEach(cell -> equation.merge(cell, 1, Integer::sum));
        equation.merge(total, -1, Integer::sum);
        equations.add(equation);
        return this;
    }

    /** Two positions show the same number (the same total in two sections). */
    Recomputation same(String one, String other) {
        return sum(List.of(one), other);
    }

    /** The hidden positions the reader can compute, with the values she gets. */
    Map<String, BigDecimal> recovered() {
        Map<String, BigDecimal> values = new HashMap<>(known);
        Map<String, BigDecimal> recovered = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map<String, Integer> equation : equations) {
                String unknown = null;
                int unknowns = 0;
                BigDecimal rest = BigDecimal.ZERO;
                for (Map.Entry<String, Integer> term : equation.entrySet()) {
                    if (!values.containsKey(term.getKey())) {
                        if (!hidden.contains(term.getKey())) {
                            throw new IllegalArgumentException("no such position: " + term.getKey());
                        }
                        unknowns++;
                        unknown = term.getKey();
                    } else {
                        rest = rest.add(values.get(term.getKey()).multiply(BigDecimal.valueOf(term.getValue())));
                    }
                }
                if (unknowns == 1 && equation.get(unknown) != 0) {
                    BigDecimal value = rest.negate().divide(BigDecimal.valueOf(equation.get(unknown)));
                    values.put(unknown, value);
                    recovered.put(unknown, value);
                    progress = true;
                }
            }
        }
        return recovered;
    }
}
