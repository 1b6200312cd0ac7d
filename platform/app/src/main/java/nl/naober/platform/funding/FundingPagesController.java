package nl.naober.platform.funding;

import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Subsidie" page: per village the grant of a year, what was spent and the over- or
 * underspending; a form to set a grant and one to add a cost. The forms hand their texts to the
 * same service as the API, so the same checks and messages apply.
 */
@Controller
class FundingPagesController {

    private final FundingService funding;

    FundingPagesController(FundingService funding) {
        this.funding = funding;
    }

    @GetMapping("/subsidie")
    String overview(@RequestParam(name = "jaar", required = false) String year,
            @RequestParam(name = "gelukt", required = false) String saved, Model model) {
        int shown;
        try {
            shown = funding.year(year);
        } catch (InvalidInputException e) {
            shown = funding.year(null);
        }
        model.addAttribute("grantForm", new GrantForm(null, String.valueOf(shown), null, null, null));
        model.addAttribute("costForm", new CostForm(null, null, null, null));
        model.addAttribute("saved", "subsidie".equals(saved) || "kosten".equals(saved) ? saved : null);
        return page(shown, model);
    }

    @PostMapping("/subsidie")
    Object setGrant(GrantForm form, Model model) {
        try {
            FundingResponses.GrantView view = funding.set(form.toRequest());
            return "redirect:/subsidie?jaar=" + view.year() + "&gelukt=subsidie";
        } catch (InvalidInputException e) {
            model.addAttribute("grantForm", form);
            model.addAttribute("costForm", new CostForm(null, null, null, null));
            page(yearOf(form.jaar()), model);
            return FormErrors.rerender("funding/overview", form, GrantForm.rename(e.violations()));
        }
    }

    @PostMapping("/subsidie/kosten")
    Object addCost(CostForm form, Model model) {
        try {
            FundingResponses.GrantView view = funding.addCost(form.toRequest());
            return "redirect:/subsidie?jaar=" + view.year() + "&gelukt=kosten";
        } catch (InvalidInputException e) {
            model.addAttribute("grantForm", new GrantForm(null, String.valueOf(funding.year(null)), null, null, null));
            model.addAttribute("costForm", form);
            page(funding.year(null), model);
            return FormErrors.rerender("funding/overview", form, CostForm.rename(e.violations()));
        }
    }

    private String page(int year, Model model) {
        List<FundingResponses.GrantView> villages = funding.overview(year);
        model.addAttribute("year", year);
        model.addAttribute("villages", villages);
        model.addAttribute("villageOptions", villages.stream()
                .map(v -> FormOption.of(v.village().toString(), v.villageName())).toList());
        return "funding/overview";
    }

    private int yearOf(String raw) {
        try {
            return funding.year(raw);
        } catch (InvalidInputException e) {
            return funding.year(null);
        }
    }

    private static UUID id(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            // no village of this municipality: the service says so at the field
            return new UUID(0, 0);
        }
    }

    private static Integer number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // a year that is no whole number is handed over as one no range accepts: the service's message
        return raw.strip().matches("\\d{1,4}") ? Integer.valueOf(raw.strip()) : Integer.valueOf(-1);
    }

    private static List<InvalidInputException.Violation> renamed(List<InvalidInputException.Violation> violations,
            java.util.Map<String, String> names) {
        return violations.stream().map(v -> new InvalidInputException.Violation(names.getOrDefault(v.field(),
                v.field()), v.message())).toList();
    }

    /** The grant form, as typed (Dutch field names). */
    record GrantForm(String dorp, String jaar, String toegekend, String urenbudget, String uurtarief) {

        FundingRequests.GrantChange toRequest() {
            return new FundingRequests.GrantChange(id(dorp), number(jaar), toegekend, urenbudget, uurtarief);
        }

        static List<InvalidInputException.Violation> rename(List<InvalidInputException.Violation> violations) {
            return renamed(violations, java.util.Map.of("village", "dorp", "year", "jaar", "grantedAmount",
                    "toegekend", "hoursBudget", "urenbudget", "hourlyRate", "uurtarief"));
        }
    }

    /** The cost form, as typed (Dutch field names). */
    record CostForm(String kostendorp, String datum, String omschrijving, String bedrag) {

        FundingRequests.NewCost toRequest() {
            return new FundingRequests.NewCost(id(kostendorp), datum, omschrijving, bedrag);
        }

        static List<InvalidInputException.Violation> rename(List<InvalidInputException.Violation> violations) {
            return renamed(violations, java.util.Map.of("village", "kostendorp", "date", "datum", "description",
                    "omschrijving", "amount", "bedrag"));
        }
    }
}
