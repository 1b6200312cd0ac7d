package nl.naober.platform.carers;

/** Registered for the year's appreciation; withdrawn ones stay as a record but are not exported. */
enum AppreciationStatus {
    REGISTERED, WITHDRAWN;

    String dutchLabel() {
        return this == REGISTERED ? "aangemeld" : "ingetrokken";
    }
}
