package nl.naober.platform.intakes;

import java.util.List;
import java.util.UUID;

/**
 * The draft form as submitted, as text so whatever was typed is shown again after an error; the
 * service's validation is the only one. {@code personalPlanIntended} is {@code yes} or {@code no}
 * (radio buttons), anything else is "not answered". The stored BSN is never put back into the
 * form: a saved draft shows it masked and an empty field keeps it, as the API does.
 */
record IntakeForm(String bsn, String givenNames, String surnamePrefix, String surname, String dateOfBirth,
        String street, String houseNumber, String postalCode, String city, String request, List<String> lifeDomains,
        String urgency, String personalPlanIntended, String conversationReport) {

    static final String YES = "yes";
    static final String NO = "no";

    static IntakeForm empty() {
        return new IntakeForm(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null);
    }

    /** A saved draft in the form, without its BSN. */
    static IntakeForm of(IntakeResponses.IntakeView intake) {
        return new IntakeForm(null, intake.givenNames(), intake.surnamePrefix(), intake.surname(),
                intake.dateOfBirth() == null ? null : intake.dateOfBirth().toString(), intake.street(),
                intake.houseNumber(), intake.postalCode(), intake.city(), intake.request(), intake.lifeDomains(),
                intake.urgency(), intake.personalPlanIntended() == null ? null : intake.personalPlanIntended() ? YES : NO,
                intake.conversationReport());
    }

    IntakeRequests.IntakeDraft toDraft(UUID contactId) {
        Boolean plan = YES.equals(personalPlanIntended) ? Boolean.TRUE
                : NO.equals(personalPlanIntended) ? Boolean.FALSE : null;
        return new IntakeRequests.IntakeDraft(contactId, bsn, givenNames, surnamePrefix, surname, dateOfBirth, street,
                houseNumber, postalCode, city, request, lifeDomains == null ? List.of() : lifeDomains, urgency, plan,
                conversationReport);
    }
}
