package nl.naober.platform.onboarding;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OnboardingItemRepository extends JpaRepository<OnboardingItem, UUID> {

    List<OnboardingItem> findAllByOrderByPositionAscTitleAsc();
}
