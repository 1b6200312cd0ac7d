package nl.naober.platform.news;

import java.util.List;
import java.util.UUID;

/** Request bodies of the news module. Dates are {@code yyyy-MM-dd} strings. */
final class NewsRequests {

    private NewsRequests() {
    }

    /**
     * A news item, new or changed (a change replaces every field). {@code topic}: housing, welfare,
     * care, other; {@code scope}: local, national; {@code publishOn} defaults to today (a later day
     * schedules it); {@code villages} empty or left out means all villages.
     */
    record NewsItemRequest(String title, String body, String topic, String scope, String link, String publishOn,
            String showUntil, List<UUID> villages) {
    }
}
