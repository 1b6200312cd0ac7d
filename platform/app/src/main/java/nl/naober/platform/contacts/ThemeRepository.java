package nl.naober.platform.contacts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, UUID> {

    List<Theme> findAllByOrderByPositionAscLabelAsc();

    Optional<Theme> findByCode(String code);
}
