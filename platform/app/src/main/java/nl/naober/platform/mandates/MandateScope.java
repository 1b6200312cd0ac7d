package nl.naober.platform.mandates;

/** What a mandate allows the supporter to do on the municipality's behalf; API codes in kebab case. */
public enum MandateScope {
    /** Take a WMO intake (melding) on the municipality's behalf. */
    WMO_INTAKE,
    /** Process the resident's citizen service number. */
    BSN,
    /** Draft the report of the conversation. */
    CONVERSATION_REPORT
}
