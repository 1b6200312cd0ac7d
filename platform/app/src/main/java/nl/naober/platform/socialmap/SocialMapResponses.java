package nl.naober.platform.socialmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the social map. Entries hold organisation data only. */
final class SocialMapResponses {

    private SocialMapResponses() {
    }

    record VillageRef(UUID id, String name) {
    }

    /**
     * An entry with the villages it serves; {@code stale} when it was not verified within the
     * municipality's period, {@code changeable} when the caller may change and verify it.
     */
    record EntryView(UUID id, String kind, String name, String description, List<String> categories,
            List<String> targetGroups, String phone, String email, String website, String address,
            String openingHours, boolean wholeMunicipality, List<VillageRef> villages, String visibility,
            String source, Instant lastVerifiedAt, LocalDate lastVerifiedOn, String lastVerifiedRole, boolean stale, boolean changeable) {
    }

    record SettingsView(int staleAfterMonths, Instant updatedAt) {
    }

    /** A rejected row of a CSV file: its line (the header is line 1), the column and why, in Dutch. */
    record RejectedRow(int line, String column, String reason) {
    }

    /**
     * The outcome of an upload or a confirmation: {@code imported} when the rows are in (with their
     * number), {@code pending} when some rows were rejected and the valid ones wait for a
     * confirmation or a discard until {@code expiresAt}.
     */
    record ImportView(UUID id, String status, int imported, int validRows, List<RejectedRow> rejected,
            Instant expiresAt) {
    }
}
