package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    List<Activity> findAllByVillageIdInAndHeldOnBetweenOrderByHeldOnDescCreatedAtDesc(Collection<UUID> villages,
            LocalDate from, LocalDate to);

    List<Activity> findAllByInitiativeIdOrderByHeldOnDesc(UUID initiativeId);

    List<Activity> findAllByAssociationIdOrderByHeldOnDesc(UUID associationId);

    /** Per village and kind: activities, participants, volunteers, volunteer hours, supporter's minutes. */
    @Query("""
            select a.villageId, a.kind, count(a), sum(a.participants), sum(a.volunteers), sum(a.volunteerHours),
                   sum(a.supporterMinutes)
            from Activity a where a.villageId in :villages and a.heldOn between :from and :to
            group by a.villageId, a.kind""")
    List<Object[]> figures(Collection<UUID> villages, LocalDate from, LocalDate to);
}
