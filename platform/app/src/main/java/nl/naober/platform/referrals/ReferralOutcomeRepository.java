package nl.naober.platform.referrals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReferralOutcomeRepository extends JpaRepository<ReferralOutcome, UUID> {

    List<ReferralOutcome> findAllByReferralIdOrderByRecordedAt(UUID referralId);

    /** Removes the notes of these referrals' history; each step keeps its status and date. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ReferralOutcome o set o.note = null where o.referralId in :referralIds and o.note is not null")
    int clearNotes(Collection<UUID> referralIds);

    /** Repairs a note that reached an anonymised referral after its text was removed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update ReferralOutcome o set o.note = null where o.note is not null
            and o.referralId in (select r.id from Referral r where r.anonymisedAt is not null)""")
    int clearNotesOfAnonymisedReferrals();
}
