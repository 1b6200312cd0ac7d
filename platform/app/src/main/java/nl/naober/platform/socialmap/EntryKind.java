package nl.naober.platform.socialmap;

/** What an entry of the social map is. */
enum EntryKind {
    ORGANISATION, SERVICE, ASSOCIATION, INITIATIVE, FACILITY, PROFESSIONAL_PARTNER
}
