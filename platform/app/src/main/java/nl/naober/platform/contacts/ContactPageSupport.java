package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.ProfileFunction;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.FormOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the contact and resident pages share: the choices of the forms (the fixed lists by message
 * key {@code contacts.<list>.<code>}, the municipality's themes and the village's functions as
 * data) and the labels that turn codes into words.
 */
@Component
class ContactPageSupport {

    private final ThemeService themes;

    ContactPageSupport(ThemeService themes) {
        this.themes = themes;
    }

    /** The municipality's active themes, in its order. */
    List<FormOption> themeOptions() {
        return themes.all().stream().filter(Theme::active).map(t -> FormOption.of(t.code(), t.label())).toList();
    }

    /** Theme code → label, switched-off themes included (old contacts still have them). */
    Function<List<String>, List<String>> themeLabels() {
        Map<String, String> labels = themes.all().stream().collect(Collectors.toMap(Theme::code, Theme::label));
        return codes -> codes.stream().map(code -> labels.getOrDefault(code, code)).toList();
    }

    static List<FormOption> channelOptions() {
        return options(Channel.class, "contacts.channel.");
    }

    static List<FormOption> routeOptions() {
        return options(Route.class, "contacts.route.");
    }

    static List<FormOption> noticedSignalOptions() {
        return options(NoticedSignal.class, "contacts.noticed-signal.");
    }

    static List<FormOption> careRelationOptions() {
        return options(CareRelation.class, "contacts.care-relation.");
    }

    static List<FormOption> minutesOptions() {
        List<FormOption> quick = ContactForm.QUICK_MINUTES.stream()
                .map(m -> FormOption.message(m, "contacts.minutes.quick-" + m)).toList();
        return java.util.stream.Stream.concat(quick.stream(),
                java.util.stream.Stream.of(FormOption.message(ContactForm.OTHER_MINUTES, "contacts.minutes.other")))
                .toList();
    }

    /** The functions of the village's profile, in the profile's order, with their words in the page's language. */
    static List<FormOption> functionOptions(VillageSummary village) {
        return Arrays.stream(ProfileFunction.values()).filter(village::offers)
                .map(f -> FormOption.of(f.name(), functionLabel(f.name()))).toList();
    }

    /** "F3 – gedraagt zich zoals een vertrouwenspersoon dat hoort te doen". */
    static String functionLabel(String code) {
        ProfileFunction function = ProfileFunction.fromCode(Objects.requireNonNullElse(code, "")).orElse(null);
        if (function == null) {
            return code;
        }
        boolean english = LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
        return function.name() + " – " + (english ? function.englishLabel() : function.dutchLabel());
    }

    /** Whether a follow-up on {@code date} is late. */
    static boolean overdue(LocalDate date, LocalDate today) {
        return date != null && date.isBefore(today);
    }

    private static <E extends Enum<E>> List<FormOption> options(Class<E> type, String prefix) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> FormOption.message(CodedValue.code(value), prefix + CodedValue.code(value))).toList();
    }
}
