package nl.naober.platform.onboarding;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRepository extends JpaRepository<Training, UUID> {

    List<Training> findAllByMemberIdOrderByAttendedOnDescCreatedAtDesc(UUID memberId);

    List<Training> findAllByMemberIdIn(Collection<UUID> memberIds);
}
