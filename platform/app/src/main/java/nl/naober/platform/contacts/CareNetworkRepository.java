package nl.naober.platform.contacts;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareNetworkRepository extends JpaRepository<CareNetworkMember, UUID> {

    List<CareNetworkMember> findAllByResidentIdOrderByCreatedAt(UUID residentId);
}
