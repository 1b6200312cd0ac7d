package nl.naober.kernel;

import java.util.regex.Pattern;

/**
 * A municipality (tenant), identified by its slug: lower-case letters, digits and single hyphens,
 * 2 to 40 characters, starting with a letter (for example {@code dinkelland}, {@code de-wolden}).
 * The slug is also the host label ({@code dinkelland.<domain>}) and the Keycloak organization
 * alias, and it determines the database schema {@code t_<slug>} (hyphens become underscores; the
 * slug admits no underscores, so the mapping is one-to-one).
 */
public record TenantId(String slug) {

    private static final Pattern FORMAT = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}");

    public TenantId {
        if (slug == null || !FORMAT.matcher(slug).matches()) {
            throw new InvalidIdentifierException("slug",
                    "De korte naam (slug) mag alleen kleine letters, cijfers en losse streepjes bevatten, "
                            + "moet met een letter beginnen en 2 tot 40 tekens lang zijn.");
        }
    }

    public static TenantId of(String slug) {
        return new TenantId(slug);
    }

    /** The PostgreSQL schema that holds this municipality's data. */
    public String schema() {
        return "t_" + slug.replace('-', '_');
    }

    @Override
    public String toString() {
        return slug;
    }
}
