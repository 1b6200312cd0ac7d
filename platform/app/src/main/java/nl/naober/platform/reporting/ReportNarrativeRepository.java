package nl.naober.platform.reporting;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportNarrativeRepository extends JpaRepository<ReportNarrative, UUID> {

    Optional<ReportNarrative> findByVillageIdAndYear(UUID villageId, int year);
}
