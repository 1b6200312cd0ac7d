package nl.naober.platform.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.naober.kernel.InvalidInputException;

/**
 * Small lookups for {@code templates/fragments/forms.html} ({@code ${#forms.…}}, see
 * {@link NaoberDialect}), kept in Java because they are awkward to say in a template expression.
 * Public only because the template engine calls it by reflection; pages use the fragments, not
 * this class.
 */
public final class FormFragments {

    /** The first message for {@code field}, or {@code null}. */
    public String error(List<InvalidInputException.Violation> violations, String field) {
        if (violations == null) {
            return null;
        }
        return violations.stream().filter(v -> Objects.equals(v.field(), field)).map(InvalidInputException.Violation::message)
                .findFirst().orElse(null);
    }

    /** Whether the option {@code value} is chosen: the submitted value is it, or a collection containing it. */
    public boolean chosen(Object submitted, String value) {
        if (submitted instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> v != null && String.valueOf(v).equals(value));
        }
        if (submitted instanceof Object[] values) {
            return java.util.Arrays.stream(values).anyMatch(v -> v != null && String.valueOf(v).equals(value));
        }
        return submitted != null && String.valueOf(submitted).equals(value);
    }

    /** The {@code aria-describedby} of a field: its hint and its error message, or {@code null} for neither. */
    public String describedBy(String field, Object hint, Object error) {
        String ids = ((hint != null && !String.valueOf(hint).isBlank()) ? field + "-hint " : "")
                + (error != null ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
