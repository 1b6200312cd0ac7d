package nl.naober.platform.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * {@link PersonalDataRotation} in plain JDBC: the columns are known only as names, and a batch
 * must be its own transaction whatever transaction the caller may have open.
 */
final class JdbcPersonalDataRotation implements PersonalDataRotation {

    private static final Logger log = LoggerFactory.getLogger(JdbcPersonalDataRotation.class);

    private final DataSource dataSource;
    private final PersonalDataCipher cipher;
    private final Keyring keyring;
    private final Supplier<List<EncryptedColumn>> columns;
    private final int batchSize;
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    /**
     * @param columns asked on every run: modules declare their columns as beans, and a supplier
     *                does not depend on the order in which those are created
     */
    JdbcPersonalDataRotation(DataSource dataSource, PersonalDataCipher cipher, Keyring keyring,
            Supplier<List<EncryptedColumn>> columns, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalStateException("naober.privacy.rotation-batch-size must be at least 1, not " + batchSize);
        }
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.keyring = keyring;
        this.columns = columns;
        this.batchSize = batchSize;
    }

    @Override
    public Result reEncryptCurrentTenant() {
        TenantId tenant = TenantContext.require();
        String keyId = keyring.currentKeyId();
        Counts total = new Counts();
        for (EncryptedColumn column : columns.get().stream().distinct().toList()) {
            Counts counts = reEncrypt(tenant, column, new Statements(tenant, column));
            log.info("Re-encrypted {} values of {} in {} under key '{}' ({} changed meanwhile, {} unreadable, {} remaining)",
                    counts.reEncrypted, column, tenant.schema(), keyId, counts.changed, counts.unreadable,
                    counts.remaining);
            total.add(counts);
        }
        return new Result(keyId, total.reEncrypted, total.changed, total.unreadable, total.remaining);
    }

    private Counts reEncrypt(TenantId tenant, EncryptedColumn column, Statements sql) {
        String currentPrefix = AesGcmPersonalDataCipher.prefix(keyring.currentKeyId());
        Counts counts = new Counts();
        Object lastId = null;
        while (true) {
            // keyset paging: rows that stay behind (unreadable, changed meanwhile) are passed, not read forever
            Batch batch = reEncryptBatch(tenant, column, sql, currentPrefix, lastId);
            counts.add(batch.counts());
            if (batch.rows() < batchSize) {
                break;
            }
            lastId = batch.lastId();
        }
        counts.remaining = count(sql, currentPrefix);
        return counts;
    }

    private Batch reEncryptBatch(TenantId tenant, EncryptedColumn column, Statements sql, String currentPrefix,
            Object after) {
        String select = after == null ? sql.firstBatch : sql.nextBatch;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement(select)) {
                    int p = 1;
                    query.setString(p++, currentPrefix);
                    if (after != null) {
                        query.setObject(p++, after);
                    }
                    query.setInt(p, batchSize);
                    try (ResultSet result = query.executeQuery()) {
                        while (result.next()) {
                            rows.add(new Object[] {result.getObject(1), result.getString(2)});
                        }
                    }
                }
                Counts counts = new Counts();
                try (PreparedStatement update = connection.prepareStatement(sql.update)) {
                    int pending = 0;
                    for (Object[] row : rows) {
                        String stored = (String) row[1];
                        String plain;
                        try {
                            plain = cipher.decrypt(stored);
                        } catch (PersonalDataUnreadableException e) {
                            counts.unreadable++;
                            log.warn("{} in {}, {} = {}: cannot re-encrypt, the value is unreadable ({}, key '{}')",
                                    column, tenant.schema(), column.idColumn(), row[0], e.reason(), e.keyId());
                            continue;
                        }
                        update.setString(1, cipher.encrypt(plain));
                        update.setObject(2, row[0]);
                        // optimistic: only if nobody changed it since it was read
                        update.setString(3, stored);
                        update.addBatch();
                        pending++;
                    }
                    if (pending > 0) {
                        for (int updated : update.executeBatch()) {
                            if (updated == 0) {
                                counts.changed++;
                            } else {
                                // SUCCESS_NO_INFO counts as done; the recount at the end is the proof
                                counts.reEncrypted++;
                            }
                        }
                    }
                }
                connection.commit();
                return new Batch(rows.size(), rows.isEmpty() ? after : rows.getLast()[0], counts);
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translate("re-encrypt " + column + " in " + tenant.schema(), select, e);
        }
    }

    private long count(Statements sql, String currentPrefix) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.remaining)) {
            query.setString(1, currentPrefix);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw translate("count values not under the current key", sql.remaining, e);
        }
    }

    private DataAccessException translate(String task, String sql, SQLException e) {
        DataAccessException translated = translator.translate(task, sql, e);
        return translated != null ? translated : new UncategorizedSQLException(task, sql, e);
    }

    /**
     * The statements for one column. Identifiers are checked and quoted ({@link EncryptedColumn#quoted});
     * the table is qualified with the municipality's schema, so it cannot reach another schema
     * whatever the connection's search_path. Every value is a bind parameter.
     */
    private static final class Statements {

        final String firstBatch;
        final String nextBatch;
        final String update;
        final String remaining;

        Statements(TenantId tenant, EncryptedColumn column) {
            String table = EncryptedColumn.quoted(tenant.schema()) + "." + EncryptedColumn.quoted(column.table());
            String id = EncryptedColumn.quoted(column.idColumn());
            String value = EncryptedColumn.quoted(column.column());
            String notCurrent = value + " is not null and not starts_with(" + value + ", ?)";
            String select = "select " + id + ", " + value + " from " + table + " where " + notCurrent;
            firstBatch = select + " order by " + id + " limit ?";
            nextBatch = select + " and " + id + " > ? order by " + id + " limit ?";
            update = "update " + table + " set " + value + " = ? where " + id + " = ? and " + value + " = ?";
            remaining = "select count(*) from " + table + " where " + notCurrent;
        }
    }

    private record Batch(int rows, Object lastId, Counts counts) {
    }

    private static final class Counts {

        long reEncrypted;
        long changed;
        long unreadable;
        long remaining;

        void add(Counts other) {
            reEncrypted += other.reEncrypted;
            changed += other.changed;
            unreadable += other.unreadable;
            remaining += other.remaining;
        }
    }
}
