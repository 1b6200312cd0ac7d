package nl.naober.platform.volunteers;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the register keeps about a volunteer, validated. */
record VolunteerFacts(String firstName, String lastName, String phone, String email, String note,
        boolean consentToContact, LocalDate startedOn, LocalDate endedOn, Set<UUID> villages, Set<Skill> skills,
        Set<Slot> availability) {
}
