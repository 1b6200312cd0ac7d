package nl.naober.platform.privacy;

import java.util.Arrays;
import java.util.List;

/**
 * The encrypted columns of one table, declared as one bean instead of one {@link EncryptedColumn}
 * bean per column:
 *
 * <pre>{@code
 * @Bean
 * EncryptedColumns referralColumns() {
 *     return EncryptedColumns.of("referral", "id", "target_name_enc", "reason_enc");
 * }
 * }</pre>
 */
public record EncryptedColumns(List<EncryptedColumn> columns) {

    public EncryptedColumns {
        columns = List.copyOf(columns);
    }

    public static EncryptedColumns of(String table, String idColumn, String... columns) {
        return new EncryptedColumns(Arrays.stream(columns).map(c -> new EncryptedColumn(table, idColumn, c)).toList());
    }
}
