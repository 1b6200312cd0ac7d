package nl.naober.platform.carers;

/** Whom the carer cares for, as seen from the carer. */
enum CaredForRelation {
    PARTNER, PARENT, CHILD, OTHER_FAMILY, NEIGHBOUR, FRIEND, OTHER
}
