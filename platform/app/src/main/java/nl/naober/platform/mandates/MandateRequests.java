package nl.naober.platform.mandates;

import java.util.List;
import java.util.UUID;

/** Request bodies of the mandates module; dates as ISO text so that a wrong date is a field error. */
final class MandateRequests {

    private MandateRequests() {
    }

    record NewMandate(UUID supporterId, List<String> scopes, List<UUID> villages, String validFrom,
            String validUntil, String decisionReference) {
    }

    record Revocation(String reason) {
    }
}
