package nl.naober.platform.consent;

/** How the resident gave her consent. */
public enum ConsentForm {
    VERBAL, WRITTEN
}
