package nl.naober.platform.reporting;

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
 * Who reads reports of which villages, read per request: the supporter her own active villages
 * (unsuppressed, with her own figures), the sounding-board member hers (suppressed), the municipal
 * administrator and the policy officer every village and the dashboard (suppressed).
 */
@Component
class ReportReaders {

    private final CurrentColleague colleague;
    private final VillageDirectory villages;

    ReportReaders(CurrentColleague colleague, VillageDirectory villages) {
        this.colleague = colleague;
        this.villages = villages;
    }

    Reader current() {
        Caller caller = Caller.current().orElseThrow(() -> new AccessDeniedException("no caller"));
        Optional<Colleague> me = colleague.find();
        Role role = me.map(Colleague::role).or(caller::mainRole)
                .orElseThrow(() -> new AccessDeniedException("no role"));
        UUID memberId = me.map(Colleague::memberId).orElse(null);
        return switch (role) {
            case SUPPORTER -> new Reader(role, colleague.supporterVillageIds(), memberId);
            case SOUNDING_BOARD -> new Reader(role, me.map(c -> c.villages().stream().filter(VillageSummary::active)
                    .map(VillageSummary::id).collect(Collectors.toUnmodifiableSet())).orElse(Set.of()), memberId);
            case MUNICIPAL_ADMIN, POLICY_OFFICER -> new Reader(role, villages.all().stream().map(VillageSummary::id)
                    .collect(Collectors.toUnmodifiableSet()), memberId);
            default -> throw new AccessDeniedException("role " + role.code() + " reads no reports");
        };
    }

    /** A reader of reports: her role, the villages she reads and who she is. */
    record Reader(Role role, Set<UUID> villages, UUID memberId) {

        /** The supporter reads her own villages' reports as they are; everyone else suppressed. */
        boolean supporter() {
            return role == Role.SUPPORTER;
        }

        boolean readsDashboard() {
            return role == Role.MUNICIPAL_ADMIN || role == Role.POLICY_OFFICER;
        }
    }
}
