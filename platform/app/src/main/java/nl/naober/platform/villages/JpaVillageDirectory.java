package nl.naober.platform.villages;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JpaVillageDirectory implements VillageDirectory {

    private final VillageRepository villages;

    JpaVillageDirectory(VillageRepository villages) {
        this.villages = villages;
    }

    @Override
    public List<VillageSummary> findAll(Collection<UUID> ids) {
        return villages.findAllById(ids).stream().sorted(Comparator.comparing(Village::name))
                .map(JpaVillageDirectory::summary).toList();
    }

    @Override
    public List<VillageSummary> all() {
        return villages.findAllByOrderByNameAsc().stream().map(JpaVillageDirectory::summary).toList();
    }

    @Override
    public Optional<VillageSummary> findBySlug(String slug) {
        return slug == null ? Optional.empty() : villages.findBySlug(slug).map(JpaVillageDirectory::summary);
    }

    private static VillageSummary summary(Village village) {
        return new VillageSummary(village.id(), village.slug(), village.name(), village.status() == VillageStatus.ACTIVE,
                village.functions());
    }
}
