package nl.naober.platform.community;

/** What the supporter did for an initiative. */
enum SupportKind {
    ADVICE, FUNDING_APPLICATION, VOLUNTEERS, SPACE, OTHER
}
