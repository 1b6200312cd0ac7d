package nl.naober.platform.privacy;

import java.util.regex.Pattern;

/**
 * A column of a tenant table that holds values of {@link PersonalDataCipher} (usually mapped with
 * {@link EncryptedText}). A module declares one bean per such column, so that
 * {@link PersonalDataRotation} re-encrypts it when the key changes:
 *
 * <pre>{@code
 * @Bean
 * EncryptedColumn residentNotes() {
 *     return new EncryptedColumn("resident", "id", "notes");
 * }
 * }</pre>
 *
 * The names are plain lower-case SQL identifiers ({@code [a-z_][a-z0-9_]*}); they are checked here,
 * so a wrong name stops the start instead of the rotation.
 *
 * @param table    the table in the municipality's schema
 * @param idColumn its primary key (a single, comparable column: uuid, bigint, text)
 * @param column   the encrypted text column
 */
public record EncryptedColumn(String table, String idColumn, String column) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public EncryptedColumn {
        check("table", table);
        check("idColumn", idColumn);
        check("column", column);
        if (idColumn.equals(column)) {
            throw new IllegalArgumentException("EncryptedColumn: the id column cannot be the encrypted column");
        }
    }

    /** {@code "name"}, after checking it is a plain identifier: the only way a name reaches SQL here. */
    static String quoted(String identifier) {
        check("identifier", identifier);
        return '"' + identifier + '"';
    }

    private static void check(String what, String identifier) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("EncryptedColumn: " + what + " '" + identifier
                    + "' is not a plain lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 63 characters)");
        }
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
