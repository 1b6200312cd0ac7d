package nl.naober.platform.carers;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppreciationRepository extends JpaRepository<Appreciation, UUID> {

    List<Appreciation> findAllByCarerIdOrderByYearDesc(UUID carerId);

    List<Appreciation> findAllByYearOrderByRegisteredOnAscCreatedAtAsc(int year);

    boolean existsByCarerIdAndYear(UUID carerId, int year);
}
