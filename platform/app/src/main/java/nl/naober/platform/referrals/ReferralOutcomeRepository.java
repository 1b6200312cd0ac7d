package nl.naober.platform.referrals;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralOutcomeRepository extends JpaRepository<ReferralOutcome, UUID> {

    List<ReferralOutcome> findAllByReferralIdOrderByRecordedAt(UUID referralId);
}
