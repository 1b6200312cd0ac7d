package nl.naober.platform.intakes;

/** What the resident's request is about: the fields of support of the Wmo 2015; API codes in kebab case. */
enum LifeDomain {
    HOUSEHOLD,
    MOBILITY,
    HOUSING_ADAPTATION,
    SUPPORT_GUIDANCE,
    DAY_CARE,
    CARER_RESPITE,
    OTHER
}
