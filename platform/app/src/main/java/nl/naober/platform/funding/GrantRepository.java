package nl.naober.platform.funding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantRepository extends JpaRepository<Grant, UUID> {

    Optional<Grant> findByVillageIdAndYear(UUID villageId, int year);

    List<Grant> findAllByVillageIdInAndYear(Collection<UUID> villageIds, int year);
}
