package nl.naober.platform.news;

import java.util.List;
import java.util.UUID;

/**
 * The news form as submitted, as text so whatever was typed is shown again after an error. No
 * village ticked means all villages.
 */
record NewsForm(String title, String body, String topic, String scope, String link, String publishOn,
        String showUntil, List<String> villages) {

    static NewsForm empty(String today) {
        return new NewsForm(null, null, null, "local", null, today, null, List.of());
    }

    static NewsForm of(NewsResponses.NewsItemView item) {
        return new NewsForm(item.title(), item.body(), item.topic(), item.scope(), item.link(),
                item.publishOn().toString(), item.showUntil() == null ? null : item.showUntil().toString(),
                item.villages().stream().map(v -> v.id().toString()).toList());
    }

    /** The request the API takes too, so the service's validation is the only one. */
    NewsRequests.NewsItemRequest toRequest() {
        return new NewsRequests.NewsItemRequest(title, body, topic, scope, link, publishOn, showUntil,
                villages == null ? null : villages.stream().map(NewsForm::id).toList());
    }

    /** An id that is none (only a tampered form sends one) is {@code null}, which the service refuses. */
    private static UUID id(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
