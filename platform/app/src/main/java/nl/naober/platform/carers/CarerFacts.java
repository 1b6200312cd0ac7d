package nl.naober.platform.carers;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The validated content of a new carer. */
record CarerFacts(UUID residentId, String name, String contact, CaredForRelation relation, UUID caredForResidentId,
        Burden burden, Integer hoursPerWeek, Set<SupportOffered> support, boolean referredToCarerSupport,
        LocalDate referredOn, LocalDate startedOn) {
}
