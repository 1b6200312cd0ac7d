package nl.naober.platform.volunteers;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.Role;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The volunteer pages: the supporter's register (list, new, one volunteer with her VOGs and her
 * hours link, change), the hours totals (supporter with names, administrator without) and the VOG
 * settings (administrator). Each calls the service methods of the API, so one validation, one
 * village check and one audit apply.
 */
@NotFoundPage("volunteers/not-found")
@Controller
class VolunteerPagesController {

    /** Success flags after a redirect; only these are shown. */
    static final Set<String> SUCCESS = Set.of("opgeslagen", "vog", "ingetrokken", "instellingen");

    private final VolunteerService volunteers;
    private final HoursService hours;
    private final VolunteerSettingsService settings;
    private final InputReader input;

    VolunteerPagesController(VolunteerService volunteers, HoursService hours, VolunteerSettingsService settings,
            InputReader input) {
        this.volunteers = volunteers;
        this.hours = hours;
        this.settings = settings;
        this.input = input;
    }

    @GetMapping("/vrijwilligers")
    String list(CurrentPage page, Model model) {
        model.addAttribute("volunteers", volunteers.list());
        return "volunteers/list";
    }

    @GetMapping("/vrijwilligers/nieuw")
    String newVolunteer(CurrentPage page, Model model) {
        model.addAttribute(FormErrors.FORM, VolunteerForm.empty(page.village().map(VillageSummary::id).orElse(null),
                input.today()));
        return form(page, null, model);
    }

    @PostMapping("/vrijwilligers/nieuw")
    Object register(CurrentPage page, VolunteerForm form, Model model) {
        try {
            return "redirect:/vrijwilligers/" + volunteers.register(form.toRequest()).id() + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            form(page, null, model);
            return FormErrors.rerender("volunteers/form", form, e);
        }
    }

    @GetMapping("/vrijwilligers/{volunteerId}")
    String show(@PathVariable UUID volunteerId, @RequestParam(name = "gelukt", required = false) String success,
            Model model) {
        model.addAttribute("success", success != null && SUCCESS.contains(success) ? success : null);
        model.addAttribute(FormErrors.FORM, new DetailForms(null, null));
        return detail(volunteers.show(volunteerId), model);
    }

    @GetMapping("/vrijwilligers/{volunteerId}/wijzigen")
    String edit(CurrentPage page, @PathVariable UUID volunteerId, Model model) {
        VolunteerResponses.VolunteerView volunteer = volunteers.show(volunteerId);
        model.addAttribute(FormErrors.FORM, VolunteerForm.of(volunteer));
        return form(page, volunteer, model);
    }

    @PostMapping("/vrijwilligers/{volunteerId}/wijzigen")
    Object change(CurrentPage page, @PathVariable UUID volunteerId, VolunteerForm form, Model model) {
        try {
            volunteers.change(volunteerId, form.toRequest());
            return "redirect:/vrijwilligers/" + volunteerId + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            form(page, volunteers.show(volunteerId), model);
            return FormErrors.rerender("volunteers/form", form, e);
        }
    }

    @PostMapping("/vrijwilligers/{volunteerId}/vog")
    Object recordVog(@PathVariable UUID volunteerId, VolunteerRequests.NewVog form, Model model) {
        try {
            volunteers.recordVog(volunteerId, form);
            return "redirect:/vrijwilligers/" + volunteerId + "?gelukt=vog";
        } catch (InvalidInputException e) {
            detail(volunteers.show(volunteerId), model);
            return FormErrors.rerender("volunteers/detail", new DetailForms(form.issuedOn(), null), e);
        }
    }

    /** Makes a new link and shows it this once (no redirect: the token is never stored to show again). */
    @PostMapping("/vrijwilligers/{volunteerId}/urenlink")
    Object createLink(@PathVariable UUID volunteerId, VolunteerRequests.NewHoursLink form, Model model,
            HttpServletResponse response) {
        try {
            VolunteerResponses.CreatedLink link = volunteers.createLink(volunteerId, form);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("volunteer", volunteers.show(volunteerId));
            model.addAttribute("link", link);
            // root-relative on purpose: the browser resolves it against the gateway's own address (the
            // app does not know it; under path routing /publiek/** sits beside /g/{m}, not under it)
            model.addAttribute("linkUrl", link.path());
            return "volunteers/link";
        } catch (InvalidInputException e) {
            detail(volunteers.show(volunteerId), model);
            return FormErrors.rerender("volunteers/detail", new DetailForms(null, form.expiresOn()), e);
        }
    }

    @PostMapping("/vrijwilligers/{volunteerId}/urenlink/intrekken")
    String revokeLink(@PathVariable UUID volunteerId) {
        volunteers.revokeLink(volunteerId);
        return "redirect:/vrijwilligers/" + volunteerId + "?gelukt=ingetrokken";
    }

    /** The year's totals; the administrator's without names. */
    @GetMapping("/vrijwilligersuren")
    String totals(CurrentPage page, @RequestParam(name = "jaar", required = false) Integer year, Model model) {
        VolunteerResponses.Totals totals = hours.totals(year);
        model.addAttribute("totals", totals);
        model.addAttribute("previousYear", totals.year() > 2000 ? totals.year() - 1 : null);
        model.addAttribute("nextYear", totals.year() < input.today().getYear() ? totals.year() + 1 : null);
        model.addAttribute("supporter", page.role() == Role.SUPPORTER);
        return "volunteers/totals";
    }

    @GetMapping("/vrijwilligers-instellingen")
    String settings(@RequestParam(name = "gelukt", required = false) String success, Model model) {
        VolunteerResponses.SettingsView current = settings.view();
        model.addAttribute("success", "instellingen".equals(success) ? success : null);
        model.addAttribute(FormErrors.FORM, new SettingsForm(String.valueOf(current.vogValidityYears()),
                String.valueOf(current.renewalWindowMonths()), current.workKinds().stream()
                .filter(VolunteerResponses.WorkKindView::vogRequired).map(VolunteerResponses.WorkKindView::kind)
                .toList()));
        return settingsPage(model);
    }

    @PostMapping("/vrijwilligers-instellingen")
    Object changeSettings(SettingsForm form, Model model) {
        try {
            settings.change(form.toRequest());
            return "redirect:/vrijwilligers-instellingen?gelukt=instellingen";
        } catch (InvalidInputException e) {
            settingsPage(model);
            return FormErrors.rerender("volunteers/settings", form, e);
        }
    }

    /** The two small forms of a volunteer's page (a VOG, a new link), as submitted. */
    record DetailForms(String issuedOn, String expiresOn) {
    }

    /** The settings form as text; a number that is none is handed over as one no range accepts. */
    record SettingsForm(String vogValidityYears, String renewalWindowMonths, List<String> vogRequired) {

        VolunteerRequests.Settings toRequest() {
            return new VolunteerRequests.Settings(number(vogValidityYears), number(renewalWindowMonths),
                    vogRequired == null ? List.of() : vogRequired);
        }

        private static Integer number(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(raw.strip());
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
        }
    }

    private String settingsPage(Model model) {
        model.addAttribute("workKinds", options(WorkKind.values(), "volunteer.work-kind."));
        return "volunteers/settings";
    }

    private String detail(VolunteerResponses.VolunteerView volunteer, Model model) {
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("slotTexts", volunteer.availability().stream().map(this::slotText).toList());
        model.addAttribute("municipalitySlug", nl.naober.tenants.TenantContext.require().slug());
        return "volunteers/detail";
    }

    private String form(CurrentPage page, VolunteerResponses.VolunteerView existing, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("villageOptions", page.villages().stream().filter(VillageSummary::active)
                .map(v -> FormOption.of(v.id().toString(), v.name())).toList());
        model.addAttribute("skillOptions", options(Skill.values(), "volunteer.skill."));
        model.addAttribute("slotOptions", Arrays.stream(Slot.values())
                .map(s -> FormOption.of(CodedValue.code(s), slotText(CodedValue.code(s)))).toList());
        model.addAttribute("consentOptions", List.of(FormOption.message("true", "volunteer.consent.yes"),
                FormOption.message("false", "volunteer.consent.no")));
        return "volunteers/form";
    }

    private String slotText(String code) {
        Slot slot = CodedValue.parse(Slot.class, code).orElseThrow();
        return input.text("volunteer.slot", input.text(slot.dayKey()),
                input.text("volunteer.part." + CodedValue.code(slot.part())));
    }

    static List<FormOption> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> FormOption.message(CodedValue.code(v), prefix + CodedValue.code(v)))
                .toList();
    }

    static Map<UUID, String> villageNames(CurrentPage page) {
        return page.villages().stream().collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }
}
