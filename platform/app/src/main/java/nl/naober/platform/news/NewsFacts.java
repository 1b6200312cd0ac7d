package nl.naober.platform.news;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The checked contents of a news item; no villages means all villages. */
record NewsFacts(String title, String body, NewsTopic topic, NewsScope scope, String link, LocalDate publishOn,
        LocalDate showUntil, Set<UUID> villages) {
}
