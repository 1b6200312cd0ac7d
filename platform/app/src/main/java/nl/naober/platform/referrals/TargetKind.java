package nl.naober.platform.referrals;

/** Who the resident is referred to. */
enum TargetKind {
    PROFESSIONAL, ORGANISATION, ASSOCIATION, VOLUNTEER_ORGANISATION, MUNICIPALITY_SERVICE;

    /** The kind of a target picked from the social map, when the supporter does not say otherwise. */
    static TargetKind of(nl.naober.platform.socialmap.SocialMapEntryReference entry) {
        return switch (entry.kind()) {
            case "professional-partner" -> PROFESSIONAL;
            case "association" -> ASSOCIATION;
            case "initiative" -> VOLUNTEER_ORGANISATION;
            default -> ORGANISATION;
        };
    }
}
