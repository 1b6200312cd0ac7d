package nl.naober.platform.volunteers;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The volunteer form as submitted: the fields of {@link VolunteerRequests.VolunteerData} as text, so
 * what was typed is shown again after an error; the service's validation is the only one.
 */
record VolunteerForm(String firstName, String lastName, String phone, String email, String note,
        String consentToContact, String startedOn, String endedOn, List<String> villages, List<String> skills,
        List<String> availability) {

    static VolunteerForm empty(UUID village, java.time.LocalDate today) {
        return new VolunteerForm(null, null, null, null, null, null, today.toString(), null,
                village == null ? List.of() : List.of(village.toString()), List.of(), List.of());
    }

    static VolunteerForm of(VolunteerResponses.VolunteerView v) {
        return new VolunteerForm(v.firstName(), v.lastName(), v.phone(), v.email(), v.note(),
                String.valueOf(v.consentToContact()), v.startedOn().toString(),
                v.endedOn() == null ? null : v.endedOn().toString(),
                v.villages().stream().map(UUID::toString).toList(), v.skills(), v.availability());
    }

    VolunteerRequests.VolunteerData toRequest() {
        // a village that is no id (only a tampered form sends one) becomes null, which the service refuses
        return new VolunteerRequests.VolunteerData(firstName, lastName, phone, email, note,
                consentToContact == null || consentToContact.isBlank() ? null : Boolean.valueOf(consentToContact),
                startedOn, endedOn, villages == null ? List.of() : villages.stream().map(VolunteerForm::id).toList(),
                skills, availability);
    }

    private static UUID id(String raw) {
        try {
            return UUID.fromString(Objects.requireNonNull(raw).strip());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
