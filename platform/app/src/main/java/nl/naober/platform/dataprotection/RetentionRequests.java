package nl.naober.platform.dataprotection;

import java.util.Map;

/** Request bodies of the retention settings. */
final class RetentionRequests {

    private RetentionRequests() {
    }

    /**
     * The months per configurable record type, all of them: {@code {"months": {"resident": 24,
     * "contact-summary": 12}}}. Values are read as plain JSON so that a wrong one gets a Dutch
     * message at its own field.
     */
    record SettingsChange(Map<String, Object> months) {
    }
}
