package nl.naober.platform.intakes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntakeRepository extends JpaRepository<Intake, UUID> {

    List<Intake> findAllByVillageIdIn(Collection<UUID> villageIds);

    Optional<Intake> findByIdAndStatus(UUID id, IntakeStatus status);

    /** Submitted intakes whose statutory periods may still run: the investigation's 6 weeks count from the melding. */
    @Query("select i from Intake i where i.status = nl.naober.platform.intakes.IntakeStatus.SUBMITTED"
            + " and i.meldingDate >= :since")
    List<Intake> findSubmittedSince(LocalDate since);
}
