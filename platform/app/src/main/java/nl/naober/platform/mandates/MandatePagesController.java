package nl.naober.platform.mandates;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
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
 * The municipal admin's "Mandaten": the list, the form to grant one and a mandate with its
 * revocation. Every page calls the same service methods as the API, so one validation and one
 * audit trail apply; a mandate of another municipality is not in this schema and answers 404.
 */
@Controller
@NotFoundPage("mandates/not-found")
class MandatePagesController {

    static final String PATH = "/mandaten";

    private final MandateService mandates;
    private final MandateRows rows;
    private final ColleagueDirectory colleagues;
    private final VillageDirectory villages;
    private final InputReader input;

    MandatePagesController(MandateService mandates, MandateRows rows, ColleagueDirectory colleagues,
            VillageDirectory villages, InputReader input) {
        this.mandates = mandates;
        this.rows = rows;
        this.colleagues = colleagues;
        this.villages = villages;
        this.input = input;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("mandates", rows.of(mandates.list()));
        return "mandates/list";
    }

    @GetMapping(PATH + "/nieuw")
    String newMandate(Model model) {
        model.addAttribute(FormErrors.FORM, MandateForm.empty(input.today().toString(), scopeCodes()));
        return form(model);
    }

    @PostMapping(PATH + "/nieuw")
    Object grant(MandateForm form, Model model) {
        try {
            MandateResponses.MandateView mandate = mandates.grant(form.toRequest());
            return "redirect:" + PATH + "/" + mandate.id() + "?gelukt=verleend";
        } catch (InvalidInputException e) {
            form(model);
            return FormErrors.rerender("mandates/form", form, e);
        }
    }

    @GetMapping(PATH + "/{mandateId}")
    String show(@PathVariable UUID mandateId, @RequestParam(name = "gelukt", required = false) String done,
            Model model) {
        model.addAttribute(FormErrors.FORM, new MandateForm.Revocation(null));
        model.addAttribute("done", "verleend".equals(done) || "ingetrokken".equals(done) ? done : null);
        return detail(mandates.show(mandateId), model);
    }

    @PostMapping(PATH + "/{mandateId}/intrekken")
    Object revoke(@PathVariable UUID mandateId, MandateForm.Revocation form, Model model) {
        List<InvalidInputException.Violation> violations;
        try {
            mandates.revoke(mandateId, new MandateRequests.Revocation(form.reason()));
            return "redirect:" + PATH + "/" + mandateId + "?gelukt=ingetrokken";
        } catch (InvalidInputException e) {
            violations = e.violations();
        } catch (ResourceConflictException e) {
            violations = List.of(new InvalidInputException.Violation("reason", e.getMessage()));
        }
        detail(mandates.show(mandateId), model);
        return FormErrors.rerender("mandates/detail", form, violations);
    }

    private String detail(MandateResponses.MandateView mandate, Model model) {
        model.addAttribute("mandate", rows.of(mandate));
        return "mandates/detail";
    }

    private String form(Model model) {
        model.addAttribute("supporters", colleagues.activeSupporters().stream()
                .map(c -> FormOption.of(c.memberId().toString(), c.firstName() + " " + c.lastName())).toList());
        model.addAttribute("scopeOptions", scopeCodes().stream()
                .map(code -> FormOption.message(code, "mandate.scope." + code)).toList());
        model.addAttribute("villageOptions", villages.all().stream().filter(VillageSummary::active)
                .map(v -> FormOption.of(v.id().toString(), v.name())).toList());
        return "mandates/form";
    }

    private static List<String> scopeCodes() {
        return Arrays.stream(MandateScope.values()).map(CodedValue::code).toList();
    }
}
