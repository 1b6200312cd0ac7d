package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssociationContactRepository extends JpaRepository<AssociationContact, UUID> {

    List<AssociationContact> findAllByAssociationIdOrderByContactDateDescCreatedAtDesc(UUID associationId);

    List<AssociationContact> findAllByContactDateBeforeAndTextRemovedOnIsNull(LocalDate cutoff);
}
