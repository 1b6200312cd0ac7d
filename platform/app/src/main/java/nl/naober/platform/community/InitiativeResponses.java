package nl.naober.platform.community;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies for initiatives: no personal data; free text only for the supporter. */
final class InitiativeResponses {

    private InitiativeResponses() {
    }

    record InitiativeListItem(UUID id, UUID village, String villageName, String name, String initiators,
            String theme, String themeLabel, String status, LocalDate statusSince, int supportEntries,
            int supportMinutes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatusStep(String status, LocalDate on, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SupportView(UUID id, String kind, LocalDate givenOn, int minutes, String note, BigDecimal requestedAmount,
            BigDecimal grantedAmount) {
    }

    /** An initiative opened: its history oldest first, its support newest first, and the totals. */
    record InitiativeView(UUID id, UUID village, String villageName, String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) String description, String initiators, String theme,
            String themeLabel, String status, LocalDate statusSince, boolean open, List<StatusStep> history,
            List<SupportView> support, int supportMinutes, BigDecimal requestedAmount, BigDecimal grantedAmount,
            int activities) {
    }
}
