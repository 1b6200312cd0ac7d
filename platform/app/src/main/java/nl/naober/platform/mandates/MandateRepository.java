package nl.naober.platform.mandates;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MandateRepository extends JpaRepository<Mandate, UUID> {

    List<Mandate> findAllByOrderByGrantedAtDesc();

    List<Mandate> findAllBySupporterIdOrderByGrantedAtDesc(UUID supporterId);
}
