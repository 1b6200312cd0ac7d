package nl.naober.platform.onboarding;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionRepository extends JpaRepository<ReflectionEntry, UUID> {

    List<ReflectionEntry> findAllByMemberIdOrderByWrittenOnDescCreatedAtDesc(UUID memberId);
}
