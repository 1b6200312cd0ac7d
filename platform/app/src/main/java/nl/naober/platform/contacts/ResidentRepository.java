package nl.naober.platform.contacts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResidentRepository extends JpaRepository<Resident, UUID> {

    List<Resident> findAllByVillageIdInAndAnonymisedAtIsNullOrderByLastContactOnDescCreatedAtDesc(
            Collection<UUID> villageIds);

    boolean existsByPseudonym(String pseudonym);
}
