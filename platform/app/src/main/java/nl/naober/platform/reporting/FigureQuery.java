package nl.naober.platform.reporting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a report asks its sources: these villages, from {@code from} up to and including {@code to}.
 *
 * @param villages the villages (never empty when a source is called)
 * @param from     first day of the period
 * @param to       last day of the period
 */
public record FigureQuery(Set<UUID> villages, LocalDate from, LocalDate to) {

    public FigureQuery {
        villages = Set.copyOf(villages);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
    }
}
