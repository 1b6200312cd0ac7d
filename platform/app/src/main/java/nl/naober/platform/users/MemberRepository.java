package nl.naober.platform.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, UUID> {

    List<Member> findAllByOrderByLastNameAscFirstNameAsc();

    Optional<Member> findByIdentityId(String identityId);

    Optional<Member> findByEmailIgnoreCase(String email);
}
