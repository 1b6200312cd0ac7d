package nl.naober.platform.volunteers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoursLinkRepository extends JpaRepository<HoursLink, UUID> {

    Optional<HoursLink> findByTokenHash(String tokenHash);

    Optional<HoursLink> findByVolunteerIdAndRevokedAtIsNull(UUID volunteerId);

    List<HoursLink> findAllByVolunteerIdOrderByCreatedAtAsc(UUID volunteerId);
}
