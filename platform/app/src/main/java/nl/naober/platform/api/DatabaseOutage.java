package nl.naober.platform.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable, whatever layer wrapped it: a
 * connection error (SQLState class 08), the server shutting down or starting (57P01–57P03), or a
 * refused or timed-out connection.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    private static boolean connectionState(SQLException sql) {
        return sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }

    /** HikariCP 7 reports a connection it closed after a broken link without an SQLState. */
    private static boolean closedByPool(SQLException sql) {
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql) || closedByPool(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
