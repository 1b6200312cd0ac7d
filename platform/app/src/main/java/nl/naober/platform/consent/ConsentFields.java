package nl.naober.platform.consent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.web.FormOption;

/**
 * The consent block of a form page ({@code templates/consent/fields.html}): the choices of how
 * consent was given and the values it starts with. The fields are named {@code consent.what},
 * {@code consent.recipient}, {@code consent.givenOn} and {@code consent.form}, the names at which
 * {@link Consents#read} reports its messages, so a form that binds a record with a
 * {@code ConsentRequest consent} component shows each message at its field.
 */
public final class ConsentFields {

    private ConsentFields() {
    }

    /** Verbal or written, as radio buttons. */
    public static List<FormOption> forms() {
        return Arrays.stream(ConsentForm.values())
                .map(f -> FormOption.message(CodedValue.code(f), "consent.form." + CodedValue.code(f))).toList();
    }

    /** A consent block to start from: given today, how still to be chosen. */
    public static ConsentRequest startingWith(String what, String recipient, LocalDate today) {
        return new ConsentRequest(what, recipient, today.toString(), null);
    }
}
