package nl.naober.platform.intakes;

import java.util.List;
import java.util.UUID;
import nl.naober.platform.consent.ConsentRequest;

/** Request bodies of the intakes module. Dates are {@code yyyy-MM-dd} strings (a Dutch message at a wrong one). */
final class IntakeRequests {

    private IntakeRequests() {
    }

    /**
     * An intake's content as the supporter writes it. In a draft every field may be left out; on
     * submission all are required except {@code surnamePrefix} and {@code conversationReport}.
     * {@code contactId} (the contact the intake starts from, with a resident of her village) is
     * required when the draft is started and ignored afterwards. {@code lifeDomains} are codes
     * ({@code household}, {@code mobility}, {@code housing-adaptation}, {@code support-guidance},
     * {@code day-care}, {@code carer-respite}, {@code other}); {@code urgency} is {@code normal},
     * {@code soon} or {@code urgent}. The BSN is never sent back in full, so a draft
     * changed without {@code bsn} keeps the one it has; it can be replaced, not removed.
     */
    record IntakeDraft(UUID contactId, String bsn, String givenNames, String surnamePrefix, String surname,
            String dateOfBirth, String street, String houseNumber, String postalCode, String city, String request,
            List<String> lifeDomains, String urgency, Boolean personalPlanIntended, String conversationReport) {

        static IntakeDraft empty(UUID contactId) {
            return new IntakeDraft(contactId, null, null, null, null, null, null, null, null, null, null, List.of(), null,
                    null, null);
        }
    }

    /** Submitting a draft: the resident's explicit consent to pass her data to the municipality. */
    record IntakeSubmission(ConsentRequest consent) {
    }
}
