package nl.naober.platform.news;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the news module. */
final class NewsResponses {

    private NewsResponses() {
    }

    /**
     * A news item; {@code status} is {@code scheduled}, {@code published}, {@code ended} or
     * {@code withdrawn}; {@code villages} is empty for an item for all villages; {@code paragraphs}
     * is the text split at blank lines, for showing.
     */
    record NewsItemView(UUID id, String title, String body, List<String> paragraphs, String topic, String topicLabel,
            String scope, String scopeLabel, String link, LocalDate publishOn, LocalDate showUntil, boolean allVillages,
            List<VillageRef> villages, String status) {
    }

    record VillageRef(UUID id, String name) {
    }
}
