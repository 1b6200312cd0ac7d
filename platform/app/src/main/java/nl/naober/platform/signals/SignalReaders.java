package nl.naober.platform.signals;

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
 * Who reads signals, and of which villages, read per request: the supporter and the sounding-board
 * member their own (active) villages, the municipal administrator and the policy officer every
 * village of the municipality. A registered colleague acts in the role the municipality gave her;
 * an administrator need not be registered as a colleague.
 */
@Component
class SignalReaders {

    private final CurrentColleague colleague;
    private final VillageDirectory villages;

    SignalReaders(CurrentColleague colleague, VillageDirectory villages) {
        this.colleague = colleague;
        this.villages = villages;
    }

    /** The reader of this request. */
    Reader current() {
        Caller caller = Caller.current().orElseThrow(() -> new AccessDeniedException("no caller"));
        Optional<Colleague> me = colleague.find();
        Role role = me.map(Colleague::role).or(caller::mainRole)
                .orElseThrow(() -> new AccessDeniedException("no role"));
        String name = me.map(c -> (c.firstName() + " " + c.lastName()).strip()).orElse(caller.displayName());
        UUID memberId = me.map(Colleague::memberId).orElse(null);
        return switch (role) {
            case SUPPORTER -> new Reader(role, colleague.supporterVillageIds(), memberId, name);
            case SOUNDING_BOARD -> new Reader(role, me.map(c -> c.villages().stream().filter(VillageSummary::active)
                    .map(VillageSummary::id).collect(Collectors.toUnmodifiableSet())).orElse(Set.of()), memberId, name);
            case MUNICIPAL_ADMIN, POLICY_OFFICER -> new Reader(role, villages.all().stream().map(VillageSummary::id)
                    .collect(Collectors.toUnmodifiableSet()), memberId, name);
            default -> throw new AccessDeniedException("role " + role.code() + " reads no signals");
        };
    }

    /** A reader of signals: her role, the villages whose signals she reads, and who she is. */
    record Reader(Role role, Set<UUID> villages, UUID memberId, String name) {

        boolean supporter() {
            return role == Role.SUPPORTER;
        }

        boolean mayRespond() {
            return role == Role.MUNICIPAL_ADMIN || role == Role.SOUNDING_BOARD;
        }
    }
}
