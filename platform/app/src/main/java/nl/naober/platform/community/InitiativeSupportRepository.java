package nl.naober.platform.community;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeSupportRepository extends JpaRepository<InitiativeSupport, UUID> {

    List<InitiativeSupport> findAllByInitiativeIdOrderByGivenOnDescCreatedAtDesc(UUID initiativeId);

    List<InitiativeSupport> findAllByInitiativeIdIn(Collection<UUID> initiatives);
}
