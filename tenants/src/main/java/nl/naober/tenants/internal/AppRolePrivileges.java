package nl.naober.tenants.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the app's restricted database role (the login of the request pool) what it needs in a
 * schema that the migration login owns: {@code USAGE} on the schema, {@code SELECT, INSERT,
 * UPDATE, DELETE} on its tables, {@code USAGE, SELECT} on its sequences, and the same through
 * {@code ALTER DEFAULT PRIVILEGES} for everything later migrations create. Never {@code CREATE}
 * on the schema and never ownership, so the app cannot change the structure. The Flyway schema
 * history is readable, not writable.
 *
 * <p>A Flyway callback on {@code beforeMigrate}: it runs after Flyway has created the schema and
 * its history table, before the first pending migration, in a transaction on the owner's
 * connection. Why before and not after the migrations: on the first migration of a new schema,
 * a migration that says {@code REVOKE UPDATE, DELETE ON audit_log FROM ${appRole}} would run
 * before any grant exists, and a grant step afterwards would hand the privileges right back. With
 * the default privileges in place first, every table a migration creates gets the grants at
 * {@code CREATE TABLE}, and the migration's own {@code REVOKE} is the last word.
 *
 * <p>And why only once per schema: the grant on the existing tables is for schemas from before
 * the two logins (and for the history table); re-granting on every start would undo a migration's
 * {@code REVOKE} each time. The marker is the default-privileges entry itself: present means this
 * schema has been set up for this role, and from then on migrations own its privileges. An
 * advisory lock per schema keeps two replicas that start together from both doing the first
 * set-up.
 *
 * <p>When the app role is the migration login itself (one login for everything), there is nothing
 * to grant: the owner has every privilege already, and the schemas are not protected.
 */
public final class AppRolePrivileges implements Callback {

    private static final Logger log = LoggerFactory.getLogger(AppRolePrivileges.class);

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** Words that mean something else than a role where PostgreSQL expects one (GRANT ... TO public). */
    private static final Set<String> NOT_A_ROLE = Set.of("public", "none", "all", "current_user", "current_role",
            "session_user", "user");
    /** First key of the advisory lock; the second is the schema's hash. Flyway's own locks use the one-key form. */
    private static final int LOCK_CLASS = 0x6e61_6f62;

    private final String appRole;
    private final List<String> usageOnlySchemas;

    /**
     * @param appRole          the role of the request pool, a plain lower-case identifier
     * @param usageOnlySchemas schemas that only need {@code USAGE} after the migrations (they are
     *                         created by one, and the app reads nothing from them)
     */
    public AppRolePrivileges(String appRole, List<String> usageOnlySchemas) {
        this.appRole = validRoleName(appRole);
        this.usageOnlySchemas = List.copyOf(usageOnlySchemas);
    }

    /** Checks a configured role name: it ends up in SQL as an identifier and as a Flyway placeholder. */
    public static String validRoleName(String name) {
        if (name == null || !ROLE_NAME.matcher(name).matches() || NOT_A_ROLE.contains(name)
                || name.startsWith("pg_")) {
            throw new IllegalArgumentException("Not a usable database role name for the app (naober.tenants.app-role): '"
                    + name + "'; expected a plain lower-case name such as naober_app");
        }
        return name;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || (event == Event.AFTER_MIGRATE && !usageOnlySchemas.isEmpty());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String schema = context.getConfiguration().getDefaultSchema();
        try {
            inTransaction(context.getConnection(), connection -> {
                if (isMigrationLogin(connection)) {
                    return;
                }
                requireRoleExists(connection);
                if (event == Event.BEFORE_MIGRATE) {
                    setUpOnce(connection, schema, context.getConfiguration().getTable());
                } else {
                    for (String other : usageOnlySchemas) {
                        execute(connection, "grant usage on schema " + SchemaNames.quoted(other) + " to " + role());
                    }
                }
            });
        } catch (SQLException e) {
            throw new FlywayException("Granting the app role " + appRole + " its privileges in schema " + schema
                    + " failed: " + e.getMessage(), e);
        }
    }

    // A role setting can give the app role the owner's rights after all: superuser, or membership of
    // the migration login's role (inherited privileges). Not refused, since it is the operator's
    // choice, but said out loud. With one login for everything this is known, and warned about, already.
    static void warnIfPrivileged(Connection connection, String appRole) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select r.rolname <> current_user and (r.rolsuper or r.rolbypassrls
                       or pg_has_role(r.oid, (select oid from pg_roles where rolname = current_user), 'USAGE'))
                from pg_roles r where r.rolname = ?""")) {
            query.setString(1, appRole);
            try (ResultSet result = query.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    log.warn("The app role {} is a superuser or has the rights of the migration login: the request "
                            + "pool can change and drop tables (see docs/adr/0005)", appRole);
                }
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "naober-app-role-privileges";
    }

    private void setUpOnce(Connection connection, String schema, String historyTable) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, schema);
            lock.execute();
        }
        if (alreadySetUp(connection, schema)) {
            return;
        }
        String s = SchemaNames.quoted(schema);
        String r = role();
        execute(connection, "grant usage on schema " + s + " to " + r);
        // tables from before this schema had default privileges: an existing schema, and the history table
        execute(connection, "grant select, insert, update, delete on all tables in schema " + s + " to " + r);
        execute(connection, "grant usage, select on all sequences in schema " + s + " to " + r);
        if (tableExists(connection, schema, historyTable)) {
            execute(connection, "revoke insert, update, delete on table " + s + "." + SchemaNames.quoted(historyTable)
                    + " from " + r);
        }
        // applies to what the current user (the migration login) creates from now on: every later migration
        execute(connection, "alter default privileges in schema " + s
                + " grant select, insert, update, delete on tables to " + r);
        execute(connection, "alter default privileges in schema " + s + " grant usage, select on sequences to " + r);
        log.info("Granted the app role {} its privileges in schema {}", appRole, schema);
    }

    /** Whether this migration login has default privileges for the app role's tables in the schema: the marker. */
    private boolean alreadySetUp(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select exists (select 1 from pg_default_acl d
                               join pg_namespace n on n.oid = d.defaclnamespace
                               cross join lateral aclexplode(d.defaclacl) a
                               where n.nspname = ? and d.defaclobjtype = 'r'
                                 and d.defaclrole = (select oid from pg_roles where rolname = current_user)
                                 and a.grantee = to_regrole(?))""")) {
            query.setString(1, schema);
            query.setString(2, role());
            return single(query);
        }
    }

    private boolean isMigrationLogin(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select current_user = ?")) {
            query.setString(1, appRole);
            return single(query);
        }
    }

    private void requireRoleExists(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regrole(?) is not null")) {
            query.setString(1, role());
            if (!single(query)) {
                throw new SQLException("Database role " + appRole + " does not exist. Create the app's login first "
                        + "(docs/operations.md), or set naober.tenants.app-role");
            }
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = ? and c.relname = ?)""")) {
            query.setString(1, schema);
            query.setString(2, table);
            return single(query);
        }
    }

    /** Quoted, for the statements and for to_regrole (which parses its argument as an identifier). */
    private String role() {
        return '"' + appRole + '"';
    }

    private static boolean single(PreparedStatement query) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Flyway normally hands callbacks a connection inside its transaction; without one, make one. */
    private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        if (!connection.getAutoCommit()) {
            work.run(connection);
            return;
        }
        connection.setAutoCommit(false);
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
