package nl.naober.platform.reporting;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One indicator of one village in a period.
 *
 * @param village  the village it belongs to
 * @param section  where the report shows it
 * @param key      the indicator within the section, stable across periods (e.g. {@code eenzaamheid},
 *                 {@code F7}, {@code raised}); rows are ordered by {@code order}, then by key
 * @param labelKey the message key of its label (any module's bundle), or {@code null} when
 *                 {@code label} is given
 * @param label    a label that is data rather than text of the application (a municipality's own
 *                 theme names), else {@code null}
 * @param order    its place within the section, low first
 * @param unit     what the number is: a count is subject to small-number suppression, hours and
 *                 euros are not (they describe the supporter's work and the money, not persons)
 * @param value    the number
 * @param audience who may see it
 */
public record Figure(UUID village, Section section, String key, String labelKey, String label, int order, Unit unit,
        BigDecimal value, Audience audience) {

    public Figure {
        Objects.requireNonNull(village, "village");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(audience, "audience");
        if (labelKey == null && label == null) {
            throw new IllegalArgumentException("a figure needs a label key or a label: " + key);
        }
    }

    /** A count with a label from the message bundles. */
    public static Figure count(UUID village, Section section, String key, String labelKey, int order, long value,
            Audience audience) {
        return new Figure(village, section, key, labelKey, null, order, Unit.COUNT, BigDecimal.valueOf(value),
                audience);
    }

    /** Hours from minutes, with a label from the message bundles. */
    public static Figure hours(UUID village, Section section, String key, String labelKey, int order, long minutes,
            Audience audience) {
        return new Figure(village, section, key, labelKey, null, order, Unit.HOURS, Unit.hoursOf(minutes), audience);
    }

    /** What a number is. */
    public enum Unit {
        /** Persons, contacts, signals…: below 5 suppressed outside the supporter's own report. */
        COUNT,
        /** Hours with one decimal. */
        HOURS,
        /** Euros with two decimals. */
        EUROS;

        static BigDecimal hoursOf(long minutes) {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /** Who sees a figure; each audience sees its own figures and those of the wider ones. */
    public enum Audience {
        /** Anyone: the public annual report as well. */
        PUBLIC,
        /** The municipality: administrator, policy officer, sounding board (suppressed), and the supporter. */
        MUNICIPAL,
        /** Only the supporter's own village report. */
        SUPPORTER;

        boolean visibleTo(Audience reader) {
            return ordinal() <= reader.ordinal();
        }
    }
}
