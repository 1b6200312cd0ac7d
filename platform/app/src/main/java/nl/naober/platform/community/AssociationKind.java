package nl.naober.platform.community;

/** The kind of association (vereniging) in a village. */
enum AssociationKind {
    SPORT, CULTURE, VILLAGE_HALL, CHURCH, ELDERLY, YOUTH, NEIGHBOURHOOD, OTHER
}
