package nl.naober.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server the stack uses: one database for the platform, one for Keycloak. The login
 * is the owner of what the stack creates (migrations, the gateway's and Keycloak's schemas); the
 * URL carries no credentials, so that a pool with another login really logs in as that one.
 */
public record Database(String jdbcUrl, String username, String password) {

    private static final String PLAIN_NAME = "[a-z_][a-z0-9_]{0,62}";

    /** The same server, another database (created if missing). */
    public Database withDatabase(String name) {
        if (!name.matches(PLAIN_NAME)) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on " + jdbcUrl, e);
        }
        return new Database(jdbcUrl.replaceFirst("(jdbc:postgresql://[^/]+/)([^?]*)", "$1" + name), username, password);
    }

    /**
     * Makes sure the server has this login (roles belong to the server, not to one database) and
     * that it may connect to this database. Nothing more: the app's migrations grant it row access.
     *
     * @param resetPassword give an existing role this password too (the stack's own login); false
     *                      leaves a role someone else created, and its password, alone
     */
    public void createLogin(Login login, boolean resetPassword) {
        if (!login.username().matches(PLAIN_NAME)) {
            throw new IllegalArgumentException("Not a plain role name: " + login.username());
        }
        String role = login.username();
        String passwordLiteral = login.password().replace("'", "''");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$
                    BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            BEGIN
                                CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%2$s';
                            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                                NULL; -- created at the same moment by someone else
                            END;
                        ELSIF %3$s THEN
                            ALTER ROLE %1$s PASSWORD '%2$s';
                        END IF;
                        EXECUTE format('GRANT CONNECT ON DATABASE %%I TO %1$s', current_database());
                    END
                    $$""".formatted(role, passwordLiteral, resetPassword));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the login " + role + " on " + jdbcUrl, e);
        }
    }

    /** A login (user name and password) on this server. */
    public record Login(String username, String password) {

        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }
}
