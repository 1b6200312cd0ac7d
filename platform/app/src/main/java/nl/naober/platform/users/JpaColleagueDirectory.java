package nl.naober.platform.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.naober.kernel.Role;
import nl.naober.platform.villages.VillageDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JpaColleagueDirectory implements ColleagueDirectory {

    private final MemberRepository members;
    private final VillageDirectory villages;

    JpaColleagueDirectory(MemberRepository members, VillageDirectory villages) {
        this.members = members;
        this.villages = villages;
    }

    @Override
    public Optional<Colleague> byIdentity(String identityId) {
        return members.findByIdentityId(identityId).filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(this::colleague);
    }

    @Override
    public List<Colleague> activeSupporters() {
        return members.findAllByOrderByLastNameAscFirstNameAsc().stream()
                .filter(m -> m.status() == MemberStatus.ACTIVE && m.role() == Role.SUPPORTER).map(this::colleague)
                .toList();
    }

    private Colleague colleague(Member m) {
        return new Colleague(m.id(), m.identityId(), m.firstName(), m.lastName(), m.role(), villages.findAll(m.villages()));
    }

    @Override
    public List<UUID> activeSupporterIdsOf(UUID villageId) {
        return members.findIdsByRoleAndStatusServing(Role.SUPPORTER, MemberStatus.ACTIVE, villageId);
    }
}
