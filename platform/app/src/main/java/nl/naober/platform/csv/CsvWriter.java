package nl.naober.platform.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file for Dutch Excel: UTF-8 with a byte order mark (else Excel reads it as Windows-1252),
 * {@code ;} between cells (Excel's separator where the decimal mark is a comma), CRLF line ends,
 * cells quoted when they hold a separator, quote or line break. A cell that Excel would take for a
 * formula ({@code = + - @}, tab, carriage return) gets a leading {@code '}; {@link CsvReader}
 * removes it again, so an export reads back as it was.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";
    /** The first characters that make Excel (and LibreOffice) evaluate a cell. */
    static final String FORMULA_START = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder(BOM);

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as written: empty for {@code null}, formula start defused, quoted where needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0 || !safe.strip().equals(safe);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
