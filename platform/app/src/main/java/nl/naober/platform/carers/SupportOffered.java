package nl.naober.platform.carers;

/** What the supporter offered or arranged for the carer. */
enum SupportOffered {
    INFORMATION, RESPITE_CARE, CARER_SUPPORT_ORGANISATION, PEER_GROUP, PRACTICAL_HELP, OTHER
}
