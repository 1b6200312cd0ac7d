package nl.naober.platform.socialmap;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SocialMapEntryRepository extends JpaRepository<SocialMapEntry, UUID> {
}
