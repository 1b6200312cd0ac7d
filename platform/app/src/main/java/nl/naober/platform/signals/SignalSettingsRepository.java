package nl.naober.platform.signals;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignalSettingsRepository extends JpaRepository<SignalSettings, Integer> {
}
