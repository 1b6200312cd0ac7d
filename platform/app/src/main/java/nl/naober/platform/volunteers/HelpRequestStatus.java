package nl.naober.platform.volunteers;

/** Open until the supporter confirms a volunteer; then done or cancelled (cancelled also while open). */
enum HelpRequestStatus {
    OPEN, MATCHED, DONE, CANCELLED
}
