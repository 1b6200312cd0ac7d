package nl.naober.platform.contactrequests;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRequestRepository extends JpaRepository<ContactRequest, UUID> {

    List<ContactRequest> findAllByVillageIdInOrderByReceivedAtDesc(Collection<UUID> villages);

    long countByVillageIdInAndHandledAtIsNull(Collection<UUID> villages);

    List<ContactRequest> findTop3ByVillageIdInAndHandledAtIsNullOrderByReceivedAtDesc(Collection<UUID> villages);

    List<ContactRequest> findAllByHandledAtBefore(Instant cutoff);
}
