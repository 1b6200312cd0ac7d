package nl.naober.platform.referrals;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    List<Referral> findAllByVillageIdIn(Collection<UUID> villages);

    List<Referral> findAllByResidentIdOrderByReferredOnDescCreatedAtDesc(UUID residentId);
}
