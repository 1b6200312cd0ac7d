package nl.naober.platform.socialmap;

import java.util.List;
import java.util.UUID;

/**
 * The public part of the social map: entries marked public that serve a village (or the whole
 * municipality), never internal ones, found with the same full-text search and filters.
 */
public interface SocialMapSearch {

    /**
     * @param village     the village the resident looks in
     * @param words       search words, or blank
     * @param category    a category code, or blank; an unknown code finds nothing
     * @param targetGroup a target group code, or blank; an unknown code finds nothing
     */
    List<PublicSocialMapEntry> publicEntries(UUID village, String words, String category, String targetGroup);

    /** The category codes with their labels in the reader's language, for the filter. */
    List<Choice> categories();

    /** The target group codes with their labels in the reader's language, for the filter. */
    List<Choice> targetGroups();

    /** A code and its label. */
    record Choice(String code, String label) {
    }
}
