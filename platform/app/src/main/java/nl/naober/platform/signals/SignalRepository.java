package nl.naober.platform.signals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignalRepository extends JpaRepository<CollectiveSignal, UUID> {

    List<CollectiveSignal> findAllByVillageIdIn(Collection<UUID> villages);

    List<CollectiveSignal> findAllByVillageIdInAndStatusNot(Collection<UUID> villages, SignalStatus status);
}
