package nl.naober.platform.community;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.Role;
import nl.naober.platform.security.Caller;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads initiatives and activities, and of which villages, read per request: the supporter her
 * own active villages, the municipal administrator and the policy officer every village (as figures:
 * the supporter's free text is left out for them). Anyone else reads none.
 */
@Component
class CommunityReaders {

    private final CurrentColleague colleague;
    private final VillageDirectory villages;

    CommunityReaders(CurrentColleague colleague, VillageDirectory villages) {
        this.colleague = colleague;
        this.villages = villages;
    }

    Reader current() {
        Caller caller = Caller.current().orElseThrow(() -> new AccessDeniedException("no caller"));
        Optional<Colleague> me = colleague.find();
        Role role = me.map(Colleague::role).or(caller::mainRole)
                .orElseThrow(() -> new AccessDeniedException("no role"));
        return switch (role) {
            case SUPPORTER -> new Reader(role, colleague.supporterVillageIds());
            case MUNICIPAL_ADMIN, POLICY_OFFICER -> new Reader(role, villages.all().stream().map(VillageSummary::id)
                    .collect(Collectors.toUnmodifiableSet()));
            default -> throw new AccessDeniedException("role " + role.code() + " reads no initiatives or activities");
        };
    }

    /** A reader: her role and the villages she reads. Only the supporter reads free text. */
    record Reader(Role role, Set<UUID> villages) {

        boolean supporter() {
            return role == Role.SUPPORTER;
        }
    }
}
