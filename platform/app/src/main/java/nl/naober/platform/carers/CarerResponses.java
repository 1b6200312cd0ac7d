package nl.naober.platform.carers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.consent.ConsentView;
import nl.naober.platform.input.CodedValue;

/** Response bodies of the carers module. Lists of the register show initials, not names. */
final class CarerResponses {

    private CarerResponses() {
    }

    record CarerListItem(UUID id, UUID village, String initials, UUID residentId, String relation, String burden,
            Integer hoursPerWeek, boolean referredToCarerSupport, LocalDate startedOn) {
    }

    /** A carer opened, with her appreciations. Reading it is audited. */
    record CarerView(UUID id, UUID village, UUID residentId, String name, String contact, String relation,
            UUID caresForResidentId, String burden, Integer hoursPerWeek, List<String> support,
            boolean referredToCarerSupport, LocalDate referredOn, LocalDate startedOn, Instant createdAt,
            List<AppreciationView> appreciations) {
    }

    /** An appreciation as the supporter sees it, with the consent it rests on. */
    record AppreciationView(UUID id, int year, String how, String status, LocalDate registeredOn, String name,
            String postalAddress, ConsentView consent) {

        static AppreciationView of(Appreciation appreciation) {
            return new AppreciationView(appreciation.id(), appreciation.year(), CodedValue.code(appreciation.how()),
                    CodedValue.code(appreciation.status()), appreciation.registeredOn(), appreciation.name(),
                    appreciation.postalAddress(), ConsentView.of(appreciation.consent()));
        }
    }

    /**
     * A line of the municipality's appreciation list: only what it needs to send the appreciation
     * (name, postal address, village) and how and when the carer came on the list.
     */
    record AppreciationListItem(UUID id, int year, UUID village, String villageName, String name,
            String postalAddress, LocalDate registeredOn, String how, String status) {
    }
}
