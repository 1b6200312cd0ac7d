package nl.naober.platform.users;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.naober.platform.villages.VillageSummary;

/** A colleague with her role and the villages she serves. */
record MemberResponse(UUID id, String firstName, String lastName, String email, String role, String status,
        List<VillageRef> villages, Instant invitedAt) {

    record VillageRef(UUID id, String name) {
    }

    static MemberResponse of(Member member, List<VillageSummary> villages) {
        return new MemberResponse(member.id(), member.firstName(), member.lastName(), member.email(),
                member.role().code(), member.status().name().toLowerCase(Locale.ROOT),
                villages.stream().map(v -> new VillageRef(v.id(), v.name())).toList(), member.invitedAt());
    }
}
