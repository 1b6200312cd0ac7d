package nl.naober.platform.users;

import java.util.List;
import java.util.UUID;

/** Request bodies of the user endpoints. */
final class MemberRequests {

    private MemberRequests() {
    }

    /** Invite a colleague; {@code villages} is required for supporters and sounding-board members. */
    record Invitation(String firstName, String lastName, String email, String role, List<UUID> villages) {
    }

    /** Change the villages and/or the status ({@code active}, {@code deactivated}). */
    record Changes(List<UUID> villages, String status) {
    }
}
