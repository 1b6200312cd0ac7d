package nl.naober.platform.carers;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CarerRepository extends JpaRepository<Carer, UUID> {

    List<Carer> findAllByVillageIdInOrderByStartedOnDescCreatedAtDesc(Collection<UUID> villages);
}
