package nl.naober.platform.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.Role;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.NotFoundPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report pages: the list of villages whose reports the reader reads, a village's report (its
 * supporter also writes her account of the year there), the dashboard, and their PDF and XLSX.
 * Each page calls the same service methods as the API, so the same roles, villages and suppression
 * apply. A year in the address that is no year of a report is a page that does not exist (404).
 */
@NotFoundPage("reporting/not-found")
@Controller
class ReportPagesController {

    private final ReportService reports;
    private final ReportDownloads downloads;
    private final InputReader input;

    ReportPagesController(ReportService reports, ReportDownloads downloads, InputReader input) {
        this.reports = reports;
        this.downloads = downloads;
        this.input = input;
    }

    @GetMapping("/rapportages")
    String list(CurrentPage page, @RequestParam(name = "jaar", required = false) String year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("villages", reports.readable());
        model.addAttribute("dashboard", reports.readsDashboard());
        model.addAttribute("supporter", page.role() == Role.SUPPORTER);
        return "reporting/list";
    }

    @GetMapping("/rapportages/{villageId}")
    String village(CurrentPage page, @PathVariable UUID villageId,
            @RequestParam(name = "jaar", required = false) String year,
            @RequestParam(name = "gelukt", required = false) String saved, Model model) {
        int shown = year(year);
        model.addAttribute("saved", "verhaal".equals(saved));
        // the report first: it checks that she reads this village
        String view = report(page, villageId, shown, model);
        model.addAttribute(FormErrors.FORM, new NarrativeForm(String.valueOf(shown),
                page.role() == Role.SUPPORTER ? reports.narrative(villageId, shown).orElse("") : ""));
        return view;
    }

    @GetMapping("/rapportages/{villageId}/pdf")
    void villagePdf(@PathVariable UUID villageId, @RequestParam(name = "jaar", required = false) String year,
            HttpServletResponse response) {
        downloads.pdf(reports.village(villageId, year(year)), response, false);
    }

    @GetMapping("/rapportages/{villageId}/xlsx")
    void villageXlsx(@PathVariable UUID villageId, @RequestParam(name = "jaar", required = false) String year,
            HttpServletResponse response) {
        downloads.xlsx(reports.village(villageId, year(year)), response, false);
    }

    /** The supporter's account of the year. */
    @PostMapping("/rapportages/{villageId}/verhaal")
    Object narrative(CurrentPage page, @PathVariable UUID villageId, NarrativeForm form, Model model) {
        try {
            Integer year = form.jaar() == null || !form.jaar().strip().matches("\\d{1,4}") ? Integer.valueOf(-1)
                    : Integer.valueOf(form.jaar().strip());
            reports.writeNarrative(villageId, new ReportRequests.NarrativeChange(year, form.tekst()));
            return "redirect:/rapportages/" + villageId + "?jaar=" + year + "&gelukt=verhaal";
        } catch (InvalidInputException e) {
            model.addAttribute("saved", false);
            int year = form.jaar() != null && form.jaar().strip().matches("\\d{4}")
                    && Integer.parseInt(form.jaar().strip()) >= ReportService.FIRST_YEAR
                    && Integer.parseInt(form.jaar().strip()) <= input.today().getYear()
                    ? Integer.parseInt(form.jaar().strip()) : input.today().getYear();
            report(page, villageId, year, model);
            return FormErrors.rerender("reporting/village", form, rename(e.violations()));
        }
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(name = "jaar", required = false) String year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("years", years());
        model.addAttribute("report", reports.dashboard(shown));
        return "reporting/dashboard";
    }

    @GetMapping("/dashboard/pdf")
    void dashboardPdf(@RequestParam(name = "jaar", required = false) String year, HttpServletResponse response) {
        downloads.pdf(reports.dashboard(year(year)), response, false);
    }

    @GetMapping("/dashboard/xlsx")
    void dashboardXlsx(@RequestParam(name = "jaar", required = false) String year, HttpServletResponse response) {
        downloads.xlsx(reports.dashboard(year(year)), response, false);
    }

    private String report(CurrentPage page, UUID villageId, int year, Model model) {
        model.addAttribute("report", reports.village(villageId, year));
        model.addAttribute("villageId", villageId);
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("mayWrite", page.role() == Role.SUPPORTER);
        return "reporting/village";
    }

    /** The form's fields are Dutch words; the service's messages name the API's fields. */
    private static List<InvalidInputException.Violation> rename(List<InvalidInputException.Violation> violations) {
        return violations.stream().map(v -> new InvalidInputException.Violation(switch (v.field()) {
            case "year" -> "jaar";
            case "text" -> "tekst";
            default -> v.field();
        }, v.message())).toList();
    }

    private int year(String raw) {
        try {
            return reports.year(raw);
        } catch (InvalidInputException e) {
            throw new ResourceNotFoundException(input.text("reporting.year.no-report"));
        }
    }

    /** The years a reader can choose: this year and the four before it. */
    private List<Integer> years() {
        int current = input.today().getYear();
        return List.of(current, current - 1, current - 2, current - 3, current - 4);
    }

    /** The narrative form: the year and the text, as typed. */
    record NarrativeForm(String jaar, String tekst) {
    }
}
