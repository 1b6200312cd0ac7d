package nl.naober.platform.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.Role;
import nl.naober.platform.contacts.ContactLookup;
import nl.naober.platform.contacts.ContactThemes;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of collective signals. The supporter raises a signal for the village she works for now
 * (with the platform's suggestions on the list page), follows the responses and closes it; the
 * municipal administrator and the sounding-board members of the village read and respond; the
 * policy officer reads. Every page calls the same service methods as the API, so the same checks
 * of role, village and input apply, and no page shows personal data: linked contacts are a count.
 */
@Controller
class SignalPagesController {

    /** How far back the contacts to link go: long enough for the suggestion periods in use. */
    static final int CONTACT_DAYS = 90;
    /** A phone-sized list of choices; older contacts rarely belong to a new signal. */
    static final int MAX_CONTACTS = 50;
    private static final ZoneId DUTCH_TIME = java.time.ZoneId.of("Europe/Amsterdam");

    private final SignalService signals;
    private final ContactLookup contacts;
    private final ContactThemes themes;
    private final InputReader input;

    SignalPagesController(SignalService signals, ContactLookup contacts, ContactThemes themes, InputReader input) {
        this.signals = signals;
        this.contacts = contacts;
        this.themes = themes;
        this.input = input;
    }

    @GetMapping("/signalen")
    String list(CurrentPage page, Model model) {
        List<SignalResponses.SignalListItem> all = signals.list();
        boolean supporter = page.role() == Role.SUPPORTER;
        UUID selected = page.village().map(VillageSummary::id).orElse(null);
        model.addAttribute("openSignals", all.stream().filter(s -> !closed(s.status())).toList());
        model.addAttribute("closedSignals", all.stream().filter(s -> closed(s.status())).toList());
        // suggestions for the village she works for now: the new-signal form is for that village
        model.addAttribute("suggestions", supporter ? signals.suggestions().stream()
                .filter(s -> s.village().equals(selected)).toList() : List.of());
        model.addAttribute("mayRaise", supporter && selected != null);
        model.addAttribute("showVillage", !supporter || page.villages().size() > 1);
        return "signals/list";
    }

    @GetMapping("/signalen/nieuw")
    String newSignal(CurrentPage page, @RequestParam(name = "thema", required = false) String theme, Model model) {
        model.addAttribute(FormErrors.FORM, SignalForm.startingWith(theme));
        return signalForm(page, model);
    }

    @PostMapping("/signalen/nieuw")
    Object raise(CurrentPage page, SignalForm form, Model model) {
        try {
            SignalResponses.SignalView raised = signals.raise(form.toRequest(page.village().map(VillageSummary::id)
                    .orElse(null)));
            return "redirect:/signalen/" + raised.id() + "?opgeslagen";
        } catch (InvalidInputException e) {
            signalForm(page, model);
            return FormErrors.rerender("signals/new", form, e);
        }
    }

    @GetMapping("/signalen/{signalId}")
    String show(CurrentPage page, @PathVariable UUID signalId,
            @RequestParam(name = "opgeslagen", required = false) String saved, Model model) {
        model.addAttribute("saved", saved != null);
        return detail(page, signals.show(signalId), model);
    }

    /** A response of the municipality or the sounding-board group. */
    @PostMapping("/signalen/{signalId}/reactie")
    Object respond(CurrentPage page, @PathVariable UUID signalId, SignalRequests.NewResponse form, Model model) {
        try {
            signals.respond(signalId, form);
            return "redirect:/signalen/" + signalId + "?opgeslagen";
        } catch (InvalidInputException e) {
            return again(page, signalId, form, e.violations(), model);
        } catch (ResourceConflictException e) {
            return again(page, signalId, form, List.of(new InvalidInputException.Violation("text", e.getMessage())),
                    model);
        }
    }

    /** The supporter closes her signal, with a note on how it ended. */
    @PostMapping("/signalen/{signalId}/sluiten")
    Object close(CurrentPage page, @PathVariable UUID signalId, SignalRequests.Closure form, Model model) {
        try {
            signals.close(signalId, form);
            return "redirect:/signalen/" + signalId;
        } catch (InvalidInputException e) {
            return again(page, signalId, form, e.violations(), model);
        }
    }

    private Object again(CurrentPage page, UUID signalId, Object form,
            List<InvalidInputException.Violation> violations, Model model) {
        model.addAttribute("saved", false);
        model.addAttribute("refused", true);
        detail(page, signals.show(signalId), model);
        return FormErrors.rerender("signals/detail", form, violations);
    }

    private String detail(CurrentPage page, SignalResponses.SignalView signal, Model model) {
        boolean open = !closed(signal.status());
        // after a refused submission the form stays, to show why (also when the signal closed meanwhile)
        boolean refused = model.containsAttribute("refused");
        model.addAttribute("signal", signal);
        // the day in the Netherlands, for people; the instants stay in the API
        model.addAttribute("responseDates", signal.responses().stream().collect(Collectors.toMap(
                SignalResponses.ResponseView::id, r -> dutchDay(r.createdAt()))));
        model.addAttribute("closedOn", signal.closedAt() == null ? null : dutchDay(signal.closedAt()));
        model.addAttribute("mayRespond", (open || refused) && (page.role() == Role.MUNICIPAL_ADMIN
                || page.role() == Role.SOUNDING_BOARD));
        model.addAttribute("mayClose", (open || refused) && page.role() == Role.SUPPORTER);
        // one form per role: the supporter's closes the signal, the others' respond to it
        model.addAttribute(FormErrors.FORM, page.role() == Role.SUPPORTER ? new SignalRequests.Closure(null)
                : new SignalRequests.NewResponse(null, null));
        return "signals/detail";
    }

    private String signalForm(CurrentPage page, Model model) {
        LocalDate today = input.today();
        UUID village = page.village().map(VillageSummary::id).orElse(null);
        Map<String, String> labels = themes.all().stream().collect(Collectors.toMap(ContactThemes.ThemeSummary::code,
                ContactThemes.ThemeSummary::label, (a, b) -> a));
        model.addAttribute("themes", themes.all().stream().filter(ContactThemes.ThemeSummary::active)
                .map(t -> FormOption.of(t.code(), t.label())).toList());
        model.addAttribute("addressees", Arrays.stream(Addressee.values())
                .map(a -> FormOption.message(CodedValue.code(a), "signal.addressee." + CodedValue.code(a))).toList());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale());
        model.addAttribute("contactOptions", village == null ? List.of() : contacts.recentInVillage(village,
                today.minusDays(CONTACT_DAYS - 1L), today, MAX_CONTACTS).stream()
                .map(c -> FormOption.of(c.id().toString(), input.text("signal.contact.option", dates.format(c.date()),
                        c.themes().stream().map(code -> labels.getOrDefault(code, code)).collect(
                                Collectors.joining(", ")),
                        Objects.requireNonNullElse(c.residentPseudonym(), input.text("signal.contact.anonymous")))))
                .toList());
        model.addAttribute("contactDays", CONTACT_DAYS);
        return "signals/new";
    }

    private static LocalDate dutchDay(Instant instant) {
        return instant.atZone(DUTCH_TIME).toLocalDate();
    }

    private static boolean closed(String status) {
        return CodedValue.code(SignalStatus.CLOSED).equals(status);
    }
}
