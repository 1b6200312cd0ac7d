package nl.naober.platform.volunteers;

import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerSettingsRepository extends JpaRepository<VolunteerSettings, Integer> {
}
