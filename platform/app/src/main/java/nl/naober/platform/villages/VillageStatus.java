package nl.naober.platform.villages;

/** An archived village keeps its history but takes no new work. */
enum VillageStatus {
    ACTIVE, ARCHIVED
}
