package nl.naober.platform.community;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeStatusChangeRepository extends JpaRepository<InitiativeStatusChange, UUID> {

    List<InitiativeStatusChange> findAllByInitiativeIdOrderByChangedOnAscCreatedAtAsc(UUID initiativeId);
}
