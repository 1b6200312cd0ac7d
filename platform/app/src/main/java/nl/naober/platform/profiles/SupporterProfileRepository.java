package nl.naober.platform.profiles;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupporterProfileRepository extends JpaRepository<SupporterProfile, UUID> {

    List<SupporterProfile> findAllByMemberIdInAndPublishedTrue(Collection<UUID> memberIds);
}
