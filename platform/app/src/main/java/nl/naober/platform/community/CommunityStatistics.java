package nl.naober.platform.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.naober.platform.input.CodedValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The figures of activities and initiatives, summed in the database. */
@Component
@Transactional(readOnly = true)
class CommunityStatistics implements ActivityStatistics, InitiativeStatistics {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final ActivityRepository activities;
    private final InitiativeFigureQueries initiatives;

    CommunityStatistics(ActivityRepository activities, InitiativeFigureQueries initiatives) {
        this.activities = activities;
        this.initiatives = initiatives;
    }

    @Override
    public List<ActivityFigures> perVillageAndKind(Collection<UUID> villages, LocalDate from, LocalDate to) {
        if (villages.isEmpty()) {
            return List.of();
        }
        return activities.figures(villages, from, to).stream()
                .map(row -> new ActivityFigures((UUID) row[0], CodedValue.code((ActivityKind) row[1]),
                        number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6])))
                .toList();
    }

    @Override
    public List<InitiativeFigures> perVillage(Collection<UUID> villages, LocalDate from, LocalDate to) {
        if (villages.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Long>> now = new HashMap<>();
        for (Object[] row : initiatives.byStatusNow(villages)) {
            now.computeIfAbsent((UUID) row[0], v -> new TreeMap<>())
                    .put(CodedValue.code((InitiativeStatus) row[1]), number(row[2]));
        }
        Map<UUID, Map<String, Long>> reached = new HashMap<>();
        for (Object[] row : initiatives.reached(villages, from, to)) {
            reached.computeIfAbsent((UUID) row[0], v -> new TreeMap<>())
                    .put(CodedValue.code((InitiativeStatus) row[1]), number(row[2]));
        }
        Map<UUID, Object[]> support = new HashMap<>();
        for (Object[] row : initiatives.support(villages, from, to)) {
            support.put((UUID) row[0], row);
        }
        TreeSet<UUID> all = new TreeSet<>(now.keySet());
        all.addAll(reached.keySet());
        all.addAll(support.keySet());
        return all.stream().map(village -> {
            Object[] s = support.get(village);
            return new InitiativeFigures(village, now.getOrDefault(village, Map.of()),
                    reached.getOrDefault(village, Map.of()), s == null ? 0 : number(s[1]), s == null ? 0 : number(s[2]),
                    s == null ? 0 : number(s[3]), s == null ? ZERO : amount(s[4]), s == null ? ZERO : amount(s[5]));
        }).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        return value == null ? ZERO : ((BigDecimal) value).setScale(2);
    }
}
