package nl.naober.platform.web;

/**
 * One choice of a radio group, checkbox group or select in the form fragments. Its text is either
 * data as it is ({@link #of}, e.g. a village's name) or a message key ({@link #message}).
 *
 * @param value      the submitted value
 * @param text       the text shown, or {@code null} when {@code messageKey} is given
 * @param messageKey the message key of the text shown, or {@code null}
 */
public record FormOption(String value, String text, String messageKey) {

    public FormOption {
        if (value == null || (text == null) == (messageKey == null)) {
            throw new IllegalArgumentException("A form option has a value and either a text or a message key");
        }
    }

    /** A choice shown with its own text (data, such as a village's name). */
    public static FormOption of(String value, String text) {
        return new FormOption(value, text, null);
    }

    /** A choice shown with the text of a message key. */
    public static FormOption message(String value, String messageKey) {
        return new FormOption(value, null, messageKey);
    }
}
