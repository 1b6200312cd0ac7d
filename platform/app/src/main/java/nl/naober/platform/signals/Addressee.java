package nl.naober.platform.signals;

/** Whom a signal is for. */
enum Addressee {
    MUNICIPALITY, SOUNDING_BOARD, OTHER
}
