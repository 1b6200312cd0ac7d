package nl.naober.platform.referrals;

import java.time.LocalDate;
import java.util.UUID;

/** The validated content of a new referral; {@code socialMapEntryId}: its target on the social map, if any. */
record ReferralFacts(String targetName, TargetKind targetKind, String targetContact, String reason,
        LocalDate referredOn, UUID contactId, UUID socialMapEntryId) {
}
