package nl.naober.platform.community;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssociationContactPersonRepository extends JpaRepository<AssociationContactPerson, UUID> {

    List<AssociationContactPerson> findAllByAssociationIdOrderByCreatedAt(UUID associationId);
}
