package nl.naober.platform.contacts;

/** How someone in a resident's care network is related to her. */
enum CareRelation {
    FAMILY, NEIGHBOUR, FRIEND, VOLUNTEER, PROFESSIONAL, OTHER
}
