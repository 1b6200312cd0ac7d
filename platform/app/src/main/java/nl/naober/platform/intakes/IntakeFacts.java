package nl.naober.platform.intakes;

import java.time.LocalDate;
import java.util.Set;

/** The validated content of an intake as the supporter writes it; anything may be missing in a draft. */
record IntakeFacts(String bsn, String givenNames, String surnamePrefix, String surname, LocalDate dateOfBirth,
        String street, String houseNumber, String postalCode, String city, String request, Set<LifeDomain> lifeDomains,
        Urgency urgency, Boolean personalPlanIntended, String conversationReport) {

    IntakeFacts {
        lifeDomains = Set.copyOf(lifeDomains);
    }

    IntakeFacts withBsn(String newBsn) {
        return new IntakeFacts(newBsn, givenNames, surnamePrefix, surname, dateOfBirth, street, houseNumber, postalCode,
                city, request, lifeDomains, urgency, personalPlanIntended, conversationReport);
    }
}
