package nl.naober.platform.carers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's carer appreciation list of a year, for its administrator. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/carer-appreciations")
class AppreciationController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AppreciationService appreciations;

    AppreciationController(AppreciationService appreciations) {
        this.appreciations = appreciations;
    }

    /** The list of {@code year} (default: this year). */
    @GetMapping
    List<CarerResponses.AppreciationListItem> list(@PathVariable String municipality,
            @RequestParam(required = false) Integer year) {
        return appreciations.list(year);
    }

    /** The list of {@code year} (default: this year) as CSV for Excel. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String municipality, @RequestParam(required = false) Integer year) {
        int wanted = appreciations.year(year);
        return csv(municipality, wanted, appreciations.export(wanted));
    }

    /** The export as a download, the same for this endpoint and the administrator's page. */
    static ResponseEntity<byte[]> csv(String municipality, int year, byte[] export) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mantelzorgwaardering-" + municipality + "-" + year + ".csv").build().toString())
                .body(export);
    }
}
