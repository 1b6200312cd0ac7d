package nl.naober.platform.community;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, UUID> {

    List<Initiative> findAllByVillageIdIn(Collection<UUID> villages);
}
