package nl.naober.platform.dataprotection;

/**
 * A rendered data-subject export.
 *
 * @param content   the document
 * @param format    JSON or PDF
 * @param fileName  a file name without personal data, e.g. {@code naober-gegevens-INW-7KQ2MX.pdf}
 */
public record ExportFile(byte[] content, ExportFormat format, String fileName) {
}
