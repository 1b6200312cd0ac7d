package nl.naober.platform.community;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssociationRepository extends JpaRepository<Association, UUID> {

    @Query("select distinct a from Association a join a.villages v where v in :villages order by a.name")
    List<Association> findAllWorkingIn(Collection<UUID> villages);
}
