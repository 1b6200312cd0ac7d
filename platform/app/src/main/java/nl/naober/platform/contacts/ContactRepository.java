package nl.naober.platform.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.naober.kernel.ProfileFunction;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, UUID> {

    @Query("""
            select c from Contact c where c.villageId in :villages and c.contactDate between :from and :to
            order by c.contactDate desc, c.createdAt desc""")
    List<Contact> findInVillages(Collection<UUID> villages, LocalDate from, LocalDate to);

    List<Contact> findAllByResidentIdOrderByContactDateDescCreatedAtDesc(UUID residentId);

    @Query("""
            select c from Contact c where c.supporterId = :supporter and c.villageId in :villages
            and c.followUpOn is not null and c.followUpDoneAt is null order by c.followUpOn, c.createdAt""")
    List<Contact> findOpenFollowUps(UUID supporter, Collection<UUID> villages);

    /** Her most recent contact (any village): its channel is the new contact form's first choice. */
    Optional<Contact> findFirstBySupporterIdOrderByCreatedAtDesc(UUID supporterId);

    /** The functions she registered contacts for in a village since a date, the most used first. */
    @Query("""
            select c.function from Contact c where c.supporterId = :supporter and c.villageId = :village
            and c.contactDate >= :since group by c.function order by count(c) desc, c.function""")
    List<ProfileFunction> functionsByUse(UUID supporter, UUID village, LocalDate since);

    /** Per village and theme id the number of contacts in a period: rows of (village id, theme id, count). */
    @Query("""
            select c.villageId, t, count(c) from Contact c join c.themes t
            where c.villageId in :villages and c.contactDate between :from and :to group by c.villageId, t""")
    List<Object[]> countByTheme(Collection<UUID> villages, LocalDate from, LocalDate to);

    /** Per village the minutes of its contacts in a period: rows of (village id, sum of minutes). */
    @Query("""
            select c.villageId, sum(c.minutes) from Contact c
            where c.villageId in :villages and c.contactDate between :from and :to group by c.villageId""")
    List<Object[]> minutesByVillage(Collection<UUID> villages, LocalDate from, LocalDate to);

    /** Contacts dated before the cut-off that still have a summary: contact id and resident id (or null). */
    @Query("select c.id, c.residentId from Contact c where c.summary is not null and c.contactDate < :cutoff")
    List<Object[]> findWithSummaryBefore(LocalDate cutoff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Contact c set c.summary = null, c.updatedAt = :now, c.version = c.version + 1
            where c.id in :ids and c.summary is not null""")
    int clearSummaries(Collection<UUID> ids, Instant now);

    /** Clears the summaries of the resident's contacts; the contacts themselves stay for the statistics. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Contact c set c.summary = null, c.updatedAt = :now, c.version = c.version + 1
            where c.residentId = :residentId and c.summary is not null""")
    int clearSummariesOfResident(UUID residentId, Instant now);

    /** Repairs what a concurrent change may have added after a resident was anonymised. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Contact c set c.summary = null, c.updatedAt = :now, c.version = c.version + 1
            where c.summary is not null
            and c.residentId in (select r.id from Resident r where r.anonymisedAt is not null)""")
    int clearSummariesOfAnonymisedResidents(Instant now);
}
