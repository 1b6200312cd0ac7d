package nl.naober.platform.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.consent.ConsentView;
import nl.naober.platform.contacts.ResidentReference;
import nl.naober.platform.input.CodedValue;

/** Response bodies of the referrals module. Lists show a resident by pseudonym and initials only. */
final class ReferralResponses {

    private ReferralResponses() {
    }

    record ResidentRef(UUID id, String pseudonym, String initials) {

        static ResidentRef of(ResidentReference resident) {
            return resident == null ? null : new ResidentRef(resident.id(), resident.pseudonym(), resident.initials());
        }
    }

    /** A referral in a list: to whom, since when, where it stands; no reason, no consent text. */
    record ReferralListItem(UUID id, UUID village, ResidentRef resident, String targetName, String targetKind,
            LocalDate referredOn, String status, LocalDate statusOn, boolean open) {

        static ReferralListItem of(Referral referral, ResidentReference resident) {
            return new ReferralListItem(referral.id(), referral.villageId(), ResidentRef.of(resident),
                    referral.targetName(), CodedValue.code(referral.targetKind()), referral.referredOn(),
                    CodedValue.code(referral.status()), referral.statusOn(), referral.status().open());
        }
    }

    record OutcomeView(UUID id, String status, LocalDate date, String note, UUID recordedBy, Instant recordedAt) {

        static OutcomeView of(ReferralOutcome outcome) {
            return new OutcomeView(outcome.id(), CodedValue.code(outcome.status()), outcome.outcomeOn(),
                    outcome.note(), outcome.recordedBy(), outcome.recordedAt());
        }
    }

    /** A referral opened: everything, with its consent and its history (oldest first). Reading it is audited. */
    record ReferralView(UUID id, UUID village, ResidentRef resident, String targetName, String targetKind,
            String targetContact, UUID socialMapEntryId, String reason, LocalDate referredOn, UUID contactId,
            String status,
            LocalDate statusOn, boolean open, ConsentView consent, List<OutcomeView> history, Instant createdAt) {
    }
}
