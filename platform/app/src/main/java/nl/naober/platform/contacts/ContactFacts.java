package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.ProfileFunction;

/** The validated content of a new contact. */
record ContactFacts(LocalDate date, Channel channel, Set<UUID> themes, Set<NoticedSignal> noticedSignals, Route route,
        int minutes, ProfileFunction function, String summary, LocalDate followUpOn) {
}
