package nl.naober.platform.volunteers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, UUID> {

    /** The volunteers serving any of these villages. */
    @Query("select distinct v from Volunteer v join v.villages village where village in :villages")
    List<Volunteer> findServing(Collection<UUID> villages);

    /** Volunteers who stopped before the cut-off and still hold a name. */
    @Query("select v from Volunteer v where v.endedOn < :cutoff and v.anonymisedAt is null")
    List<Volunteer> findEndedBefore(LocalDate cutoff);
}
