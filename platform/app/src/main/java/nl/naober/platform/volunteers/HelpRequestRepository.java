package nl.naober.platform.volunteers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HelpRequestRepository extends JpaRepository<HelpRequest, UUID> {

    List<HelpRequest> findAllByVillageIdInOrderByNeededOnAscCreatedAtAsc(Collection<UUID> villages);

    List<HelpRequest> findAllByVolunteerIdInAndMatchedAtAfter(Collection<UUID> volunteers, Instant since);

    List<HelpRequest> findAllByResidentIdAndDescriptionIsNotNull(UUID residentId);

    List<HelpRequest> findAllByResidentIdOrderByCreatedAt(UUID residentId);

    /** The residents whose help requests still hold a description. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct r.residentId from HelpRequest r where r.residentId is not null and r.description is not null")
    List<UUID> findResidentIdsWithDescription();

    List<HelpRequest> findAllByVolunteerIdOrderByNeededOnAsc(UUID volunteerId);
}
