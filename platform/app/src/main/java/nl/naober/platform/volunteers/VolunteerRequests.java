package nl.naober.platform.volunteers;

import java.util.List;
import java.util.UUID;

/** Request bodies of the volunteers module. Dates are {@code yyyy-MM-dd} strings, choices kebab-case codes. */
final class VolunteerRequests {

    private VolunteerRequests() {
    }

    /**
     * A volunteer as registered or changed: {@code villages} are the supporter's villages she serves
     * (may be left out by a supporter with one village; villages of other supporters stay as they
     * are), {@code availability} codes like {@code tuesday-afternoon}, {@code startedOn} defaults to
     * today; {@code endedOn} marks that she stopped.
     */
    record VolunteerData(String firstName, String lastName, String phone, String email, String note,
            Boolean consentToContact, String startedOn, String endedOn, List<UUID> villages, List<String> skills,
            List<String> availability) {
    }

    /** A certificate of conduct she showed: the day it was issued. */
    record NewVog(String issuedOn) {
    }

    /** A new personal link to log hours, optionally ending on a day. */
    record NewHoursLink(String expiresOn) {
    }

    /** A help request from a contact of the supporter's village; the description holds no names. */
    record NewHelpRequest(UUID contactId, String skill, String workKind, String neededOn, String partOfDay,
            String description) {
    }

    /** The volunteer the supporter confirms for a help request. */
    record Match(UUID volunteerId) {
    }

    /** How a help request ended: {@code done} or {@code cancelled}. */
    record StatusChange(String status) {
    }

    /** The municipality's VOG settings; {@code vogRequired} lists the kinds of work that need one. */
    record Settings(Integer vogValidityYears, Integer renewalWindowMonths, List<String> vogRequired) {
    }

    /** Hours a volunteer logs through her link: {@code hours} in quarters ({@code 1,5} or {@code 1.75}). */
    record LoggedHours(String workedOn, String hours, String activity, String note, UUID village) {
    }
}
