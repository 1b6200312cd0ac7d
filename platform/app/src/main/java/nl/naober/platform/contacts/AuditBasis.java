package nl.naober.platform.contacts;

/** Why the supporter may process a resident's data, as written in the audit log. */
final class AuditBasis {

    /** The supporter's task for the residents of her own villages. */
    static final String VILLAGE_SUPPORT = "village-support";

    private AuditBasis() {
    }
}
