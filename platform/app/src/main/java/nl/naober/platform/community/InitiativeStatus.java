package nl.naober.platform.community;

/** Where an initiative stands: idee, in voorbereiding, actief, then afgerond or gestopt (final). */
enum InitiativeStatus {
    IDEA, IN_PREPARATION, ACTIVE, COMPLETED, STOPPED;

    boolean open() {
        return this != COMPLETED && this != STOPPED;
    }
}
