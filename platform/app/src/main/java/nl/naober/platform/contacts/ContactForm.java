package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.naober.kernel.InvalidInputException;

/**
 * The new-contact page's form as the browser sends it. Everything is text, so no value can fail to
 * bind (a bound {@code Integer} would turn "veel" into a 400 instead of a message at its field); it
 * becomes a {@link ContactRequests.NewContact}, the API's request, so the service checks a form and
 * an API call by the same rules. Only what the API has no field for is checked here: the minutes
 * typed as text, and a resident to choose when she said it is someone known.
 *
 * @param residentMode  {@value #ANONYMOUS} (the default), {@value #EXISTING} or {@value #NEW}
 * @param residentId    the known resident chosen from the search results
 * @param resident      a new resident's data ({@code resident.name}, … as the API's field names)
 * @param minutes       a quick choice (5, 15, 30, 60) or {@value #OTHER_MINUTES}
 * @param minutesOther  the number typed when {@code minutes} is {@value #OTHER_MINUTES}
 */
record ContactForm(String residentMode, String residentId, ContactRequests.ResidentInput resident, String date,
        String channel, List<String> themes, List<String> noticedSignals, String route, String minutes,
        String minutesOther, String function, String summary, String followUpOn) {

    static final String ANONYMOUS = "anonymous";
    static final String EXISTING = "existing";
    static final String NEW = "new";
    static final String OTHER_MINUTES = "other";
    /** The quick choices: most contacts take one of these (a thumb tap instead of typing). */
    static final List<String> QUICK_MINUTES = List.of("5", "15", "30", "60");

    ContactForm {
        residentMode = EXISTING.equals(residentMode) || NEW.equals(residentMode) ? residentMode : ANONYMOUS;
        themes = themes == null ? List.of() : List.copyOf(themes);
        noticedSignals = noticedSignals == null ? List.of() : List.copyOf(noticedSignals);
    }

    /** A fresh form: today, her usual channel and function, nobody in particular. */
    static ContactForm fresh(LocalDate today, ContactResponses.NewContactDefaults defaults) {
        return new ContactForm(ANONYMOUS, null, null, today.toString(), defaults.channel(), List.of(), List.of(), null,
                null, null, defaults.function(), null, null);
    }

    /** The same form about a known resident (from her page, or chosen in a search). */
    ContactForm about(UUID knownResident) {
        return new ContactForm(EXISTING, knownResident.toString(), resident, date, channel, themes, noticedSignals,
                route, minutes, minutesOther, function, summary, followUpOn);
    }

    /** The same form, searching for a known resident. */
    ContactForm searching() {
        return new ContactForm(EXISTING, residentId, resident, date, channel, themes, noticedSignals, route, minutes,
                minutesOther, function, summary, followUpOn);
    }

    boolean otherMinutes() {
        return OTHER_MINUTES.equals(minutes);
    }

    /** The request for the service; what cannot be read here is left out and named by {@link #violations}. */
    ContactRequests.NewContact toRequest(UUID village) {
        UUID known = EXISTING.equals(residentMode) ? uuid(residentId) : null;
        ContactRequests.ResidentInput newResident = NEW.equals(residentMode)
                ? (resident == null ? new ContactRequests.ResidentInput(null, null, null, null) : resident) : null;
        return new ContactRequests.NewContact(village, date, channel, themes, noticedSignals, route, minutesValue(),
                function, summary, followUpOn, known, newResident);
    }

    /** What only the form can tell is wrong, with its messages (by key). */
    List<InvalidInputException.Violation> violations(Function<String, String> text) {
        List<InvalidInputException.Violation> found = new ArrayList<>();
        String typed = otherMinutes() ? minutesOther : minutes;
        if (typed != null && !typed.isBlank() && minutesValue() == null) {
            found.add(new InvalidInputException.Violation("minutes", text.apply("contacts.minutes.not-a-number")));
        }
        if (EXISTING.equals(residentMode) && uuid(residentId) == null) {
            found.add(new InvalidInputException.Violation("residentId", text.apply("contacts.resident.choose.required")));
        }
        return found;
    }

    /**
     * The violations as the page shows them: one message per field (the first: the form's own
     * before the service's "required"), the minutes' message at the text box when she typed the
     * number herself, and a known resident's at the search box (after a post the page offers no
     * other residents to choose from, so searching is what she does next).
     */
    List<InvalidInputException.Violation> shown(List<InvalidInputException.Violation> violations) {
        List<InvalidInputException.Violation> shown = new ArrayList<>();
        for (InvalidInputException.Violation v : violations) {
            String field = switch (v.field()) {
                case "minutes" -> otherMinutes() ? "minutesOther" : "minutes";
                case "residentId" -> "q";
                default -> v.field();
            };
            if (shown.stream().noneMatch(s -> s.field().equals(field))) {
                shown.add(new InvalidInputException.Violation(field, v.message()));
            }
        }
        return shown;
    }

    private Integer minutesValue() {
        String typed = otherMinutes() ? minutesOther : minutes;
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip();
        // a whole number of a sensible size; the service says whether it is in range
        return digits.matches("[0-9]{1,6}") ? Integer.valueOf(digits) : null;
    }

    private static UUID uuid(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
