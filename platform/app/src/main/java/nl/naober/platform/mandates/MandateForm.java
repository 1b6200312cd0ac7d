package nl.naober.platform.mandates;

import java.util.List;
import java.util.UUID;

/**
 * The grant form as submitted, as text so whatever was typed is shown again after an error. The
 * service's validation is the only one: ids that are none become {@code null}, which it refuses.
 */
record MandateForm(String supporterId, List<String> scopes, List<String> villages, String validFrom,
        String validUntil, String decisionReference) {

    /** A new mandate usually covers the whole intake, from today. */
    static MandateForm empty(String today, List<String> allScopes) {
        return new MandateForm(null, allScopes, List.of(), today, null, null);
    }

    MandateRequests.NewMandate toRequest() {
        return new MandateRequests.NewMandate(id(supporterId), scopes,
                villages == null ? null : villages.stream().map(MandateForm::id).toList(), validFrom, validUntil,
                decisionReference);
    }

    private static UUID id(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The revocation form. */
    record Revocation(String reason) {
    }
}
