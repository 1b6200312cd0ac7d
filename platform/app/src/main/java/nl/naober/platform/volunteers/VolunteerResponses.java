package nl.naober.platform.volunteers;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the volunteers module. Lists show a short name (first name, initial); details are audited. */
final class VolunteerResponses {

    private VolunteerResponses() {
    }

    /**
     * @param vogStatus {@code valid}, {@code expiring} (within the renewal window), {@code expired} or {@code none}
     */
    record VolunteerListItem(UUID id, String name, List<UUID> villages, List<String> skills, boolean consentToContact,
            boolean active, LocalDate vogValidUntil, String vogStatus) {
    }

    /** A volunteer opened. Reading it is audited. */
    record VolunteerView(UUID id, String firstName, String lastName, String phone, String email, String note,
            boolean consentToContact, LocalDate startedOn, LocalDate endedOn, boolean active, List<UUID> villages,
            List<String> skills, List<String> availability, List<VogView> vogs, String vogStatus,
            LocalDate vogValidUntil, LinkView hoursLink, Instant createdAt) {
    }

    record VogView(UUID id, LocalDate issuedOn, LocalDate validUntil) {

        static VogView of(Vog vog) {
            return new VogView(vog.id(), vog.issuedOn(), vog.validUntil());
        }
    }

    /** Whether she has a usable link to log hours; never the token. */
    record LinkView(boolean active, Instant createdAt, LocalDate expiresOn) {
    }

    /** A new link: the token is shown this once and never stored. */
    record CreatedLink(String token, String path, LocalDate expiresOn) {
    }

    /** A VOG that expires within the renewal window, or has expired, of an active volunteer. */
    record ExpiringVog(UUID volunteerId, String name, LocalDate validUntil, boolean expired) {
    }

    record HelpRequestListItem(UUID id, UUID village, String skill, String workKind, LocalDate neededOn,
            String partOfDay, String status, UUID volunteerId, String volunteerName) {
    }

    /** A help request opened, with the ranked volunteers while it is open. Reading it is audited. */
    record HelpRequestView(UUID id, UUID village, UUID contactId, String skill, String workKind, LocalDate neededOn,
            String partOfDay, String description, boolean vogRequired, String status, UUID volunteerId,
            String volunteerName, Instant createdAt, List<Candidate> candidates) {
    }

    /**
     * A volunteer who fits a help request, with the score that ranks her and its reasons in words.
     *
     * @param exactAvailability available on the day and the part of the day asked for (else only on the day)
     * @param recentMatches     help requests she was matched to in the last {@value HelpRequestService#LOAD_DAYS} days
     * @param recentHours       hours she logged in that time
     */
    record Candidate(UUID volunteerId, String name, int score, boolean exactAvailability, int recentMatches,
            BigDecimal recentHours, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate vogValidUntil,
            List<String> reasons) {
    }

    /** Hours of a year in the caller's villages; {@code perVolunteer} only for the supporter. */
    record Totals(int year, BigDecimal totalHours,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<VolunteerTotal> perVolunteer,
            List<ActivityTotal> perActivity, List<MonthTotal> perMonth, List<VillageTotal> perVillage) {
    }

    record VolunteerTotal(UUID volunteerId, String name, BigDecimal hours) {
    }

    record ActivityTotal(String activity, String label, BigDecimal hours) {
    }

    record MonthTotal(String month, BigDecimal hours) {
    }

    record VillageTotal(UUID village, String villageName, BigDecimal hours) {
    }

    record WorkKindView(String kind, String label, boolean vogRequired) {
    }

    record SettingsView(int vogValidityYears, int renewalWindowMonths, List<WorkKindView> workKinds,
            Instant updatedAt) {
    }

    /** The volunteer's own page behind her link: her first name, her villages, her last entries. */
    record HoursPage(String firstName, List<VillageChoice> villages, List<HoursLine> lastEntries) {
    }

    record VillageChoice(UUID id, String name) {
    }

    record HoursLine(LocalDate workedOn, BigDecimal hours, String activity, String villageName) {
    }
}
