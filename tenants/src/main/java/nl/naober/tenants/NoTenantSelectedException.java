package nl.naober.tenants;

/**
 * Code tried to reach a municipality's data while no municipality is selected for the current
 * unit of work. This is a programming error, never the user's: data of some other tenant (or the
 * public schema) is never used as a fallback.
 */
public class NoTenantSelectedException extends IllegalStateException {

    public NoTenantSelectedException() {
        super("Geen gemeente gekozen: gegevens van een gemeente zijn alleen bereikbaar binnen "
                + "TenantContext.enter(...) (no tenant selected for this unit of work).");
    }
}
