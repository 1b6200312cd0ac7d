package nl.naober.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A PostgreSQL server the stack uses: one database for the platform, one for Keycloak. */
public record Database(String jdbcUrl, String username, String password) {

    /** The same server, another database (created if missing). */
    public Database withDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
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
}
