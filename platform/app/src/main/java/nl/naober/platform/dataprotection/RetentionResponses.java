package nl.naober.platform.dataprotection;

import java.util.List;
import java.util.Map;

/** Response bodies of the retention settings. */
final class RetentionResponses {

    private RetentionResponses() {
    }

    /**
     * The municipality's retention: {@code months} in the shape a PUT takes, and per record type
     * what it is, its months, its default and whether the municipality chose them.
     */
    record Settings(Map<String, Integer> months, List<RecordType> recordTypes, int minMonths, int maxMonths) {
    }

    record RecordType(String recordType, String description, int months, Integer defaultMonths, boolean configurable,
            String follows, boolean chosen) {
    }
}
