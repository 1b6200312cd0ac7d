package nl.naober.tenants.internal;

import java.util.regex.Pattern;

/**
 * Schema and table names cannot be bind parameters, so the few statements that need one quote it
 * here, and only after checking it is a plain lower-case identifier.
 */
final class SchemaNames {

    /** The empty schema on the search_path of a connection that serves no tenant. */
    static final String NO_TENANT = "naober_no_tenant";
    static final String PLATFORM = "platform";

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private SchemaNames() {
    }

    static String quoted(String identifier) {
        if (identifier == null || !PLAIN.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + identifier);
        }
        return '"' + identifier + '"';
    }
}
