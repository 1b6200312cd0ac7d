package nl.naober.platform.intakes;

/** A draft is the supporter's own; a submitted intake is the municipality's melding and no longer changes. */
enum IntakeStatus {
    DRAFT,
    SUBMITTED
}
