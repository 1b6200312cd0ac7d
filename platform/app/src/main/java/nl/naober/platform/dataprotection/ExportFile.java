package nl.naober.platform.dataprotection;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A rendered data-subject export.
 *
 * @param content   the document
 * @param format    JSON or PDF
 * @param fileName  a file name without personal data, e.g. {@code naober-gegevens-INW-7KQ2MX.pdf}
 */
public record ExportFile(byte[] content, ExportFormat format, String fileName) {

    /** The export as a download that no cache keeps. */
    public ResponseEntity<byte[]> asDownload() {
        return ResponseEntity.ok().contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
