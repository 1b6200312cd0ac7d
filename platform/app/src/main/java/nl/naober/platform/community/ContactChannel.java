package nl.naober.platform.community;

/** How the supporter was in touch with an association. */
enum ContactChannel {
    PHONE, EMAIL, VISIT, MEETING, OTHER
}
