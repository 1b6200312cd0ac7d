package nl.naober.platform.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    List<Referral> findAllByVillageIdIn(Collection<UUID> villages);

    List<Referral> findAllByResidentIdOrderByReferredOnDescCreatedAtDesc(UUID residentId);

    /** The resident's referrals that still hold personal free text. */
    @Query("select r.id from Referral r where r.residentId = :residentId and r.anonymisedAt is null")
    List<UUID> findIdsWithTextOfResident(UUID residentId);

    /** Closed referrals that still hold personal free text and were closed before the cut-off: id and resident id. */
    @Query("""
            select r.id, r.residentId from Referral r
            where r.anonymisedAt is null and r.status not in :open and r.statusOn < :cutoff""")
    List<Object[]> findWithTextClosedBefore(Collection<ReferralStatus> open, LocalDate cutoff);

    /** The residents whose referrals still hold personal free text. */
    @Query("select distinct r.residentId from Referral r where r.anonymisedAt is null")
    List<UUID> findResidentIdsWithText();

    /**
     * Removes the personal free text of these referrals: whom she was referred to and how to reach
     * them, why, and what the consent named. Kind, status, dates, village and when and how consent
     * was given stay. The version goes up, so an outcome recorded meanwhile on a referral read
     * before fails instead of adding a note after the text was removed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Referral r set r.targetName = null, r.targetContact = null, r.reason = null,
            r.consent.what = null, r.consent.recipient = null, r.anonymisedAt = :now, r.updatedAt = :now,
            r.version = r.version + 1
            where r.id in :ids and r.anonymisedAt is null""")
    int anonymise(Collection<UUID> ids, Instant now);
}
