package nl.naober.platform.volunteers;

import java.time.DayOfWeek;
import java.util.Locale;

/** A day of the week and a part of it when a volunteer is usually available: {@code tuesday-afternoon}. */
enum Slot {
    MONDAY_MORNING, MONDAY_AFTERNOON, MONDAY_EVENING,
    TUESDAY_MORNING, TUESDAY_AFTERNOON, TUESDAY_EVENING,
    WEDNESDAY_MORNING, WEDNESDAY_AFTERNOON, WEDNESDAY_EVENING,
    THURSDAY_MORNING, THURSDAY_AFTERNOON, THURSDAY_EVENING,
    FRIDAY_MORNING, FRIDAY_AFTERNOON, FRIDAY_EVENING,
    SATURDAY_MORNING, SATURDAY_AFTERNOON, SATURDAY_EVENING,
    SUNDAY_MORNING, SUNDAY_AFTERNOON, SUNDAY_EVENING;

    DayOfWeek day() {
        return DayOfWeek.valueOf(name().substring(0, name().indexOf('_')));
    }

    PartOfDay part() {
        return PartOfDay.valueOf(name().substring(name().indexOf('_') + 1));
    }

    static Slot of(DayOfWeek day, PartOfDay part) {
        return valueOf(day.name() + "_" + part.name());
    }

    /** The message key of the day's name, e.g. {@code volunteer.day.tuesday}. */
    String dayKey() {
        return "volunteer.day." + day().name().toLowerCase(Locale.ROOT);
    }
}
