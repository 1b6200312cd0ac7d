package nl.naober.platform.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.naober.kernel.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID> {

    List<Member> findAllByOrderByLastNameAscFirstNameAsc();

    Optional<Member> findByIdentityId(String identityId);

    Optional<Member> findByEmailIgnoreCase(String email);

    @Query("select m.id from Member m join m.villages v where m.role = :role and m.status = :status and v = :village"
            + " order by m.firstName, m.lastName")
    List<UUID> findIdsByRoleAndStatusServing(Role role, MemberStatus status, UUID village);
}
