package nl.naober.platform.referrals;

import java.util.UUID;
import nl.naober.platform.consent.ConsentRequest;

/** Request bodies of the referrals module. Dates are {@code yyyy-MM-dd} strings (a Dutch message at a wrong one). */
final class ReferralRequests {

    private ReferralRequests() {
    }

    /**
     * A new referral of a resident. {@code referredOn} defaults to today; {@code contactId} is the
     * contact it came from (optional, a contact of the same resident); {@code consent} is required.
     * {@code socialMapEntryId} picks the target from the social map (an entry serving the resident's
     * village); its name and kind then fill in {@code targetName} and {@code targetKind} when left out.
     */
    record NewReferral(String targetName, String targetKind, String targetContact, String reason, String referredOn,
            UUID contactId, ConsentRequest consent, UUID socialMapEntryId) {
    }

    /** What became of a referral: the new status, a note and the date (default today). */
    record NewOutcome(String status, String note, String date) {
    }
}
