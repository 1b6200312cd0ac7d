package nl.naober.platform.carers;

import java.util.List;
import java.util.UUID;
import nl.naober.platform.consent.ConsentRequest;

/** Request bodies of the carers module. Dates are {@code yyyy-MM-dd} strings. */
final class CarerRequests {

    private CarerRequests() {
    }

    /**
     * A new carer: a resident of the supporter's village ({@code residentId}) or a {@code name}; the
     * village follows from the resident, else it is {@code village} (may be left out by a supporter
     * with one village). {@code startedOn}, when the supporter started supporting her, defaults to
     * today; {@code referredOn} is required when she was referred to the local carer support.
     */
    record NewCarer(UUID village, UUID residentId, String name, String contact, CaresFor caresFor, String burden,
            Integer hoursPerWeek, List<String> support, Boolean referredToCarerSupport, String referredOn,
            String startedOn) {
    }

    /** Whom she cares for: the relation, and the resident if she is known in the village. */
    record CaresFor(String relation, UUID residentId) {
    }

    /**
     * Registering the carer for a year's appreciation: how she came on the list, the name and postal
     * address to send it to, and her consent to share them with the municipality.
     */
    record NewAppreciation(Integer year, String how, String name, String postalAddress, ConsentRequest consent) {
    }
}
