package nl.naober.platform.volunteers;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VogRepository extends JpaRepository<Vog, UUID> {

    List<Vog> findAllByVolunteerIdOrderByIssuedOnDesc(UUID volunteerId);

    List<Vog> findAllByVolunteerIdIn(Collection<UUID> volunteerIds);
}
