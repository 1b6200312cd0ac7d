package nl.naober.platform.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded CSV file: UTF-8 with or without a byte order mark, {@code ;} or {@code ,} as
 * separator (whichever the header line has more of outside quotes; {@code ;} on a tie), RFC 4180
 * quoting (a quoted cell may hold separators, doubled quotes and line breaks), CRLF or LF line
 * ends, empty lines skipped. A leading {@code '} that {@link CsvWriter} put before a formula
 * character is removed, so an export reads back as it was written.
 *
 * <p>It never throws for bad content other than {@link CsvException} (with a message key and the
 * line number), so a caller can turn every file into a clear answer.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** A record of the file: the line it starts on (the header is line 1) and its cells. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A file that cannot be read as CSV; {@code messageKey} says why, {@code line} where (0: the file). */
    public static final class CsvException extends Exception {

        private final String messageKey;
        private final int line;

        CsvException(String messageKey, int line) {
            super(messageKey + " at line " + line);
            this.messageKey = messageKey;
            this.line = line;
        }

        public String messageKey() {
            return messageKey;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Every record of the file, the header first; at most {@code maxRecords} (header included),
     * else a {@code csv.too-many-rows} error.
     */
    public static List<Row> read(byte[] file, int maxRecords) throws CsvException {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean rowHasContent = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                cell.append(c);
                i++;
                continue;
            }
            if (c == '"') {
                if (cell.length() > 0 || wasQuoted) {
                    throw new CsvException("csv.stray-quote", line);
                }
                quoted = true;
                wasQuoted = true;
                rowHasContent = true;
                i++;
            } else if (c == separator) {
                cells.add(unprotect(cell.toString()));
                cell.setLength(0);
                wasQuoted = false;
                rowHasContent = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (rowHasContent || cell.length() > 0) {
                    cells.add(unprotect(cell.toString()));
                    add(rows, new Row(rowStart, cells), maxRecords);
                }
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                rowHasContent = false;
                line++;
                rowStart = line;
            } else {
                if (wasQuoted) {
                    throw new CsvException("csv.stray-quote", line);
                }
                cell.append(c);
                i++;
            }
        }
        if (quoted) {
            throw new CsvException("csv.unclosed-quote", rowStart);
        }
        if (rowHasContent || cell.length() > 0) {
            cells.add(unprotect(cell.toString()));
            add(rows, new Row(rowStart, cells), maxRecords);
        }
        return rows;
    }

    private static void add(List<Row> rows, Row row, int maxRecords) throws CsvException {
        if (row.cells().stream().allMatch(String::isBlank)) {
            return; // a line of separators only, as spreadsheets write below the data
        }
        if (rows.size() >= maxRecords) {
            throw new CsvException("csv.too-many-rows", row.line());
        }
        rows.add(row);
    }

    /** Strict UTF-8: a file saved as Windows-1252 is refused rather than read with wrong letters. */
    private static String decode(byte[] file) throws CsvException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvException("csv.not-utf8", 0);
        }
    }

    /** The separator of the header line: the one of {@code ;} and {@code ,} that occurs more outside quotes. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** Removes the {@code '} that {@link CsvWriter} puts before a formula character. */
    private static String unprotect(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && CsvWriter.FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
