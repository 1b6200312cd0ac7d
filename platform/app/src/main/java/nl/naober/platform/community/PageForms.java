package nl.naober.platform.community;

import java.util.UUID;

/**
 * How the pages hand typed text over to the services: a number that is no whole number becomes one
 * no range accepts, an id that is none becomes one that exists nowhere, so the service's message at
 * the field is the only one and nothing is saved.
 */
final class PageForms {

    static final int NOT_A_NUMBER = Integer.MIN_VALUE;
    /** No record has this id: a tampered choice is refused like any choice from elsewhere. */
    static final UUID NO_SUCH_ID = new UUID(0, 0);

    private PageForms() {
    }

    static Integer wholeNumber(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }

    static UUID id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return NO_SUCH_ID;
        }
    }
}
