package nl.naober.platform.socialmap;

/** Whether residents find an entry on the public pages, or only colleagues see it. */
enum Visibility {
    PUBLIC, INTERNAL
}
