package nl.naober.platform.news;

/** Whether a development is local (the municipality, the region) or national. */
enum NewsScope {
    LOCAL, NATIONAL
}
