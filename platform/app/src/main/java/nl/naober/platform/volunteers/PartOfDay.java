package nl.naober.platform.volunteers;

/** A part of the day, as volunteers plan their time. */
enum PartOfDay {
    MORNING, AFTERNOON, EVENING
}
