package nl.naober.platform.referrals;

/** Who the resident is referred to. */
enum TargetKind {
    PROFESSIONAL, ORGANISATION, ASSOCIATION, VOLUNTEER_ORGANISATION, MUNICIPALITY_SERVICE
}
