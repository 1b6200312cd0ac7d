package nl.naober.platform.signals;

import java.util.List;
import java.util.UUID;

/** Request bodies of the signals module. */
final class SignalRequests {

    private SignalRequests() {
    }

    /**
     * A new signal for one of the supporter's villages ({@code village} may be left out by a
     * supporter with one village). {@code contacts} are ids of contacts in that village.
     */
    record NewSignal(UUID village, String theme, String title, String description, Integer estimatedResidents,
            String addressee, String addresseeName, List<UUID> contacts) {
    }

    /** An answer; {@code name} (who answers, e.g. "Klankbordgroep Denekamp") defaults to the responder's own name. */
    record NewResponse(String text, String name) {
    }

    /** Closing a signal, with an optional note on how it ended. */
    record Closure(String note) {
    }

    /** New suggestion settings: both required. */
    record SettingsChange(Integer threshold, Integer periodDays) {
    }
}
