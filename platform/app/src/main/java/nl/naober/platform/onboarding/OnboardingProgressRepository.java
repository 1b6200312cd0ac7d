package nl.naober.platform.onboarding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingProgressRepository extends JpaRepository<OnboardingProgress, UUID> {

    List<OnboardingProgress> findAllByMemberId(UUID memberId);

    List<OnboardingProgress> findAllByMemberIdIn(Collection<UUID> memberIds);

    Optional<OnboardingProgress> findByMemberIdAndItemId(UUID memberId, UUID itemId);
}
