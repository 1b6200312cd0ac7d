package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.UUID;

/** The new-initiative form as typed; the village is the page's selected village. */
record InitiativeForm(String name, String description, String initiators, String theme, String status,
        String statusOn) {

    static InitiativeForm startingOn(LocalDate today) {
        return new InitiativeForm(null, null, "residents", "", "idea", today.toString());
    }

    InitiativeRequests.NewInitiative toRequest(UUID village) {
        return new InitiativeRequests.NewInitiative(village, name, description, initiators, theme, status, statusOn);
    }
}
