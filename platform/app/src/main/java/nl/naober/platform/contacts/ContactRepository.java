package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
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

    /** Per village and theme id the number of contacts in a period: rows of (village id, theme id, count). */
    @Query("""
            select c.villageId, t, count(c) from Contact c join c.themes t
            where c.villageId in :villages and c.contactDate between :from and :to group by c.villageId, t""")
    List<Object[]> countByTheme(Collection<UUID> villages, LocalDate from, LocalDate to);
}
