package nl.naober.platform.villages;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VillageRepository extends JpaRepository<Village, UUID> {

    List<Village> findAllByOrderByNameAsc();

    List<Village> findByStatusOrderByNameAsc(VillageStatus status);

    boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsBySlug(String slug);

    java.util.Optional<Village> findBySlug(String slug);
}
