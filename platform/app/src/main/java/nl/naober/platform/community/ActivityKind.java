package nl.naober.platform.community;

/** The kind of village activity. */
enum ActivityKind {
    COFFEE_MORNING, WALK, REPAIR_CAFE, MEAL, INFORMATION_MEETING, COURSE, EXCURSION, OTHER
}
