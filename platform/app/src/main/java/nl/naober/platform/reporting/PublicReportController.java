package nl.naober.platform.reporting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A village's public annual report (F12: "says what she does and does what she says"), for
 * residents without a login: the public figures, suppressed, and the supporter's account. The
 * village's public page links here.
 */
@Controller
class PublicReportController {

    static final String PATH = "/publiek/{municipality}/{villageSlug}/jaarverslag/{year}";

    private final ReportService reports;
    private final ReportDownloads downloads;

    PublicReportController(ReportService reports, ReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @GetMapping(PATH)
    String page(@PathVariable String municipality, @PathVariable String villageSlug, @PathVariable String year,
            Model model) {
        ReportDocument report = reports.publicReport(villageSlug, year);
        model.addAttribute("report", report);
        model.addAttribute("pdf", "/publiek/" + municipality + "/" + villageSlug + "/jaarverslag/" + year.strip()
                + "/pdf");
        return "reporting/public";
    }

    @GetMapping(PATH + "/pdf")
    void pdf(@PathVariable String municipality, @PathVariable String villageSlug, @PathVariable String year,
            HttpServletResponse response) {
        downloads.pdf(reports.publicReport(villageSlug, year), response, true);
    }
}
