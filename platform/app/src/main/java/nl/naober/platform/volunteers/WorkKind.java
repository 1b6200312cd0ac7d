package nl.naober.platform.volunteers;

/**
 * The kind of work of a help request and of logged hours. Whether it needs a valid VOG is the
 * municipality's setting; the default asks one for work alone with a vulnerable resident at home or
 * in a car, or with her papers.
 */
enum WorkKind {
    HUISBEZOEK(true),
    PERSOONLIJKE_HULP(true),
    VERVOER(true),
    ADMINISTRATIEVE_HULP(true),
    BOODSCHAPPEN(false),
    KLUSSEN(false),
    ACTIVITEIT(false),
    OVERIG(false);

    private final boolean vogRequiredByDefault;

    WorkKind(boolean vogRequiredByDefault) {
        this.vogRequiredByDefault = vogRequiredByDefault;
    }

    boolean vogRequiredByDefault() {
        return vogRequiredByDefault;
    }
}
