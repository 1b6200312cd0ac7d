package nl.naober.platform.contactrequests;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Response bodies of the contact requests module. */
final class ContactRequestResponses {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private ContactRequestResponses() {
    }

    /** A request in the inbox: when, for which village and whether it was handled; nothing she wrote. */
    record Summary(UUID id, UUID village, String villageName, Instant receivedAt, boolean handled) {

        static Summary of(ContactRequest request, String villageName) {
            return new Summary(request.id(), request.villageId(), villageName, request.receivedAt(),
                    request.handledAt() != null);
        }

        /** When it came in, on the Dutch clock (for pages). */
        public LocalDateTime receivedLocal() {
            return LocalDateTime.ofInstant(receivedAt, DUTCH_TIME);
        }
    }

    /** One request with what the resident wrote. */
    record Detail(UUID id, UUID village, String villageName, Instant receivedAt, String name, String phone,
            String email, String message, String preferredTime, Instant consentGivenAt, Instant handledAt) {

        static Detail of(ContactRequest request, String villageName) {
            return new Detail(request.id(), request.villageId(), villageName, request.receivedAt(), request.name(),
                    request.phone(), request.email(), request.message(), request.preferredTime(),
                    request.consentGivenAt(), request.handledAt());
        }

        public LocalDateTime receivedLocal() {
            return LocalDateTime.ofInstant(receivedAt, DUTCH_TIME);
        }

        public LocalDateTime handledLocal() {
            return handledAt == null ? null : LocalDateTime.ofInstant(handledAt, DUTCH_TIME);
        }
    }

    /** The start page's section: the number not handled and the latest few. */
    record Unhandled(long count, List<Summary> latest) {
    }
}
