package nl.naober.platform.signals;

import java.util.Set;
import java.util.UUID;

/** The validated content of a new signal. */
record SignalFacts(String theme, String title, String description, int estimatedResidents, Addressee addressee,
        String addresseeName, Set<UUID> contacts) {
}
