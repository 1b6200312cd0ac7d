package nl.naober.platform.signals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignalResponseRepository extends JpaRepository<SignalResponse, UUID> {

    List<SignalResponse> findAllBySignalIdOrderByCreatedAt(UUID signalId);

    List<SignalResponse> findAllBySignalIdIn(Collection<UUID> signalIds);
}
