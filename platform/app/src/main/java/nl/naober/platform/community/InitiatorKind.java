package nl.naober.platform.community;

/** Who started an initiative, as a kind of group: no names are needed. */
enum InitiatorKind {
    RESIDENTS, ASSOCIATION, CHURCH, SCHOOL, BUSINESS, OTHER
}
