package nl.naober.platform.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Village reports and the dashboard as JSON, PDF and XLSX: the same {@link ReportDocument} in
 * each. {@code year} defaults to this year.
 */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class ReportController {

    private final ReportService reports;
    private final ReportDownloads downloads;

    ReportController(ReportService reports, ReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @GetMapping("/village-reports/{villageId}")
    ReportDocument village(@PathVariable String municipality, @PathVariable UUID villageId,
            @RequestParam(required = false) String year) {
        return reports.village(villageId, reports.year(year));
    }

    @GetMapping("/village-reports/{villageId}/pdf")
    void villagePdf(@PathVariable String municipality, @PathVariable UUID villageId,
            @RequestParam(required = false) String year, HttpServletResponse response) {
        downloads.pdf(reports.village(villageId, reports.year(year)), response, false);
    }

    @GetMapping("/village-reports/{villageId}/xlsx")
    void villageXlsx(@PathVariable String municipality, @PathVariable UUID villageId,
            @RequestParam(required = false) String year, HttpServletResponse response) {
        downloads.xlsx(reports.village(villageId, reports.year(year)), response, false);
    }

    /** The supporter's account of the year; a blank text removes it. */
    @PutMapping("/village-reports/{villageId}/narrative")
    NarrativeView narrative(@PathVariable String municipality, @PathVariable UUID villageId,
            @RequestBody ReportRequests.NarrativeChange request) {
        return new NarrativeView(request.year(), reports.writeNarrative(villageId, request).orElse(null));
    }

    @GetMapping("/dashboard")
    ReportDocument dashboard(@PathVariable String municipality, @RequestParam(required = false) String year) {
        return reports.dashboard(reports.year(year));
    }

    @GetMapping("/dashboard/pdf")
    void dashboardPdf(@PathVariable String municipality, @RequestParam(required = false) String year,
            HttpServletResponse response) {
        downloads.pdf(reports.dashboard(reports.year(year)), response, false);
    }

    @GetMapping("/dashboard/xlsx")
    void dashboardXlsx(@PathVariable String municipality, @RequestParam(required = false) String year,
            HttpServletResponse response) {
        downloads.xlsx(reports.dashboard(reports.year(year)), response, false);
    }

    /** The narrative as stored. */
    record NarrativeView(Integer year, String text) {
    }
}
