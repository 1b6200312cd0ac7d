package nl.naober.platform.intakes;

/** How soon the resident needs support, as the supporter judges it in the conversation. */
enum Urgency {
    NORMAL,
    SOON,
    URGENT
}
