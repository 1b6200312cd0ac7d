package nl.naober.platform.news;

/** What a news item is about (API codes {@code housing}, {@code welfare}, {@code care}, {@code other}). */
enum NewsTopic {
    HOUSING, WELFARE, CARE, OTHER
}
