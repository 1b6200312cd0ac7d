package nl.naober.platform.signals;

/** Open until someone answers, answered after the first response, closed by the supporter. */
enum SignalStatus {
    OPEN, ANSWERED, CLOSED
}
