package nl.naober.platform.volunteers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoursRepository extends JpaRepository<HoursEntry, UUID> {

    List<HoursEntry> findTop5ByVolunteerIdOrderByCreatedAtDesc(UUID volunteerId);

    List<HoursEntry> findAllByVillageIdInAndWorkedOnBetween(Collection<UUID> villages, LocalDate from, LocalDate to);

    List<HoursEntry> findAllByWorkedOnBetween(LocalDate from, LocalDate to);

    List<HoursEntry> findAllByVolunteerIdInAndWorkedOnAfter(Collection<UUID> volunteers, LocalDate after);

    List<HoursEntry> findAllByVolunteerIdAndNoteIsNotNull(UUID volunteerId);

    List<HoursEntry> findAllByVolunteerIdOrderByWorkedOnAscCreatedAtAsc(UUID volunteerId);
}
