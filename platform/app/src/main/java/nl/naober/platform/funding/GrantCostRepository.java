package nl.naober.platform.funding;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrantCostRepository extends JpaRepository<GrantCost, UUID> {

    List<GrantCost> findAllByVillageIdInAndYearOrderByCostDateAscRecordedAtAsc(Collection<UUID> villageIds, int year);
}
