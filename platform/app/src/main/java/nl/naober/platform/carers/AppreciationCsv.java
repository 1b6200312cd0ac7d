package nl.naober.platform.carers;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The appreciation list as CSV for Dutch Excel: UTF-8 with a byte order mark (else Excel reads it
 * as Windows-1252), {@code ;} between cells (Excel's separator where the decimal mark is a comma),
 * CRLF line ends, cells quoted when they hold a separator, quote or line break. A cell that Excel
 * would take for a formula ({@code = + - @}, tab, carriage return) gets a leading {@code '}.
 */
final class AppreciationCsv {

    private static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    AppreciationCsv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.strip().equals(safe);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
