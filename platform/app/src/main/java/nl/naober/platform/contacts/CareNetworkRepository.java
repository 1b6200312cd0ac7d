package nl.naober.platform.contacts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CareNetworkRepository extends JpaRepository<CareNetworkMember, UUID> {

    List<CareNetworkMember> findAllByResidentIdOrderByCreatedAt(UUID residentId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CareNetworkMember m where m.residentId = :residentId")
    int deleteAllOfResident(UUID residentId);

    /** Repairs what a concurrent change may have added after a resident was anonymised. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from CareNetworkMember m
            where m.residentId in (select r.id from Resident r where r.anonymisedAt is not null)""")
    int deleteAllOfAnonymisedResidents();
}
