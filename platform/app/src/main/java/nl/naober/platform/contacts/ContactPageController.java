package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The supporter's contact pages: register a contact on her phone in under a minute, her village's
 * contacts of the last 90 days, one contact opened (audited by the service) and its follow-up
 * marked done. Everything goes through {@link ContactService}, so the API's checks, village access
 * and audit apply to the pages as well.
 */
@NotFoundPage("contacts/not-found")
@Controller
class ContactPageController {

    static final String LIST = "/contacten";
    static final String NEW = "/contacten/nieuw";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    /** The success messages a redirect may ask for ({@code ?gelukt=…}, the app keeps no session for a flash). */
    private static final Set<String> DONE = Set.of("contact", "follow-up");

    private final ContactService contacts;
    private final ResidentService residents;
    private final ContactPageSupport support;
    private final InputReader input;
    private final ObjectProvider<ContactPageLinks> links;

    ContactPageController(ContactService contacts, ResidentService residents, ContactPageSupport support,
            InputReader input, ObjectProvider<ContactPageLinks> links) {
        this.contacts = contacts;
        this.residents = residents;
        this.support = support;
        this.input = input;
        this.links = links;
    }

    @GetMapping(LIST)
    String list(CurrentPage page, @RequestParam(name = "gelukt", required = false) String done, Model model) {
        Function<List<String>, List<String>> themes = support.themeLabels();
        model.addAttribute("contacts", page.village()
                .map(v -> contacts.list(v.id(), null, null).stream()
                        .map(c -> new ContactRow(c, themes.apply(c.themes()))).toList())
                .orElse(List.of()));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "contacts/list";
    }

    @GetMapping(NEW)
    String newContact(CurrentPage page, @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "inwoner", required = false) String knownResident, Model model) {
        Optional<VillageSummary> village = page.village();
        if (village.isEmpty()) {
            return "contacts/new";
        }
        ContactForm form = ContactForm.fresh(input.today(), contacts.defaults(village.get().id()));
        UUID known = parse(knownResident);
        if (known != null) {
            // from the resident's page: the same 404 as her page for anyone not in her villages
            form = form.about(residents.requireAccessible(known).id());
        } else if (query != null) {
            form = form.searching();
        }
        model.addAttribute("form", form);
        prepare(village.get(), form, query, model.asMap());
        return "contacts/new";
    }

    @PostMapping(NEW)
    Object register(CurrentPage page, @ModelAttribute("form") ContactForm form) {
        Optional<VillageSummary> village = page.village();
        if (village.isEmpty()) {
            return "redirect:" + NEW;
        }
        try {
            contacts.register(form.toRequest(village.get().id()), form.violations(input::text));
            return "redirect:" + LIST + "?gelukt=contact";
        } catch (InvalidInputException e) {
            ModelAndView again = FormErrors.rerender("contacts/new", form, form.shown(e.violations()));
            prepare(village.get(), form, null, again.getModelMap());
            return again;
        }
    }

    @GetMapping(LIST + "/{contactId}")
    String show(CurrentPage page, @PathVariable UUID contactId,
            @RequestParam(name = "gelukt", required = false) String done, Model model) {
        ContactResponses.ContactView contact = contacts.show(contactId);
        LocalDate today = input.today();
        model.addAttribute("contact", contact);
        model.addAttribute("themes", support.themeLabels().apply(contact.themes()));
        model.addAttribute("village", page.villages().stream().filter(v -> v.id().equals(contact.village()))
                .map(VillageSummary::name).findFirst().orElse(null));
        model.addAttribute("function", ContactPageSupport.functionLabel(contact.function()));
        model.addAttribute("followUpDoneOn", contact.followUpDoneAt() == null ? null
                : LocalDate.ofInstant(contact.followUpDoneAt(), DUTCH_TIME));
        model.addAttribute("overdue", contact.followUpDoneAt() == null
                && ContactPageSupport.overdue(contact.followUpOn(), today));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        ContactLookup.ContactReference reference = new ContactLookup.ContactReference(contact.id(), contact.village(),
                contact.resident() == null ? null : contact.resident().id(), contact.date());
        model.addAttribute("links", links.orderedStream().flatMap(l -> l.linksFor(reference).stream()).toList());
        return "contacts/detail";
    }

    @PostMapping(LIST + "/{contactId}/opvolging-afgerond")
    String completeFollowUp(@PathVariable UUID contactId) {
        contacts.completeFollowUp(contactId);
        return "redirect:" + LIST + "/" + contactId + "?gelukt=follow-up";
    }

    /** The choices of the form; with a search or a chosen resident, the residents to pick from (pseudonyms only). */
    private void prepare(VillageSummary village, ContactForm form, String query, Map<String, Object> model) {
        model.put("village", village);
        model.put("channels", ContactPageSupport.channelOptions());
        model.put("themeOptions", support.themeOptions());
        model.put("signals", ContactPageSupport.noticedSignalOptions());
        model.put("routes", ContactPageSupport.routeOptions());
        model.put("minuteOptions", ContactPageSupport.minutesOptions());
        model.put("functions", ContactPageSupport.functionOptions(village));
        model.put("functionChosen", ContactPageSupport.functionLabel(form.function()));
        model.put("residentModes", List.of(
                FormOption.message(ContactForm.ANONYMOUS, "contacts.resident-mode.anonymous"),
                FormOption.message(ContactForm.EXISTING, "contacts.resident-mode.existing"),
                FormOption.message(ContactForm.NEW, "contacts.resident-mode.new")));
        boolean searched = query != null && !query.isBlank();
        List<ContactResponses.ResidentListItem> found = searched ? residents.list(village.id(), query.strip())
                : List.of();
        List<FormOption> choices = new java.util.ArrayList<>(found.stream().map(ContactPageController::choice).toList());
        UUID chosen = parse(form.residentId());
        if (chosen != null && choices.stream().noneMatch(o -> o.value().equals(chosen.toString()))) {
            // the resident she already chose stays a choice, also when the search did not find her
            residents.findAccessible(List.of(chosen)).stream().filter(r -> r.villageId().equals(village.id()))
                    .findFirst().ifPresent(r -> choices.addFirst(FormOption.of(r.id().toString(),
                            r.pseudonym() + " (" + r.initials() + ")")));
        }
        model.put("query", query == null ? "" : query.strip());
        model.put("searched", searched);
        model.put("residentChoices", choices);
    }

    private static FormOption choice(ContactResponses.ResidentListItem resident) {
        return FormOption.of(resident.id().toString(), resident.pseudonym() + " (" + resident.initials() + ")");
    }

    private static UUID parse(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A contact in the list with its themes in words. */
    record ContactRow(ContactResponses.ContactListItem contact, List<String> themes) {
    }
}
