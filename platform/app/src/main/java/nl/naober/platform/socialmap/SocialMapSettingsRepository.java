package nl.naober.platform.socialmap;

import org.springframework.data.jpa.repository.JpaRepository;

interface SocialMapSettingsRepository extends JpaRepository<SocialMapSettings, Integer> {
}
