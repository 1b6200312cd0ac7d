package nl.naober.platform.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes a report as PDF or XLSX straight into the response, after the report was built (so a
 * refusal is still a clean 4xx). Reports inside the municipality are not cached; the public
 * annual report may be.
 */
@Component
class ReportDownloads {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportRenderer renderer;

    ReportDownloads(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    void pdf(ReportDocument document, HttpServletResponse response, boolean cacheable) {
        prepare(response, PDF, document.title() + ".pdf", cacheable);
        try {
            renderer.pdf(document, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void xlsx(ReportDocument document, HttpServletResponse response, boolean cacheable) {
        prepare(response, XLSX, document.title() + ".xlsx", cacheable);
        try {
            renderer.xlsx(document, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prepare(HttpServletResponse response, String type, String name, boolean cacheable) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(name)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheable ? "public, max-age=3600" : "no-store");
    }

    /** An ASCII file name: no accents, only letters, digits, dots and dashes. */
    static String fileName(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
    }
}
