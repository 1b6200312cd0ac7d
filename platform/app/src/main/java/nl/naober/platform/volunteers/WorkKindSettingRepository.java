package nl.naober.platform.volunteers;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkKindSettingRepository extends JpaRepository<WorkKindSetting, WorkKind> {
}
