/**
 * Mandates (issue #6): the municipal admin grants a supporter a mandate to act on the
 * municipality's behalf in some of its villages for a period, on a municipal decision, and may
 * revoke it with a reason; revoked mandates are kept for the record. Other modules ask
 * {@link nl.naober.platform.mandates.Mandates} whether a supporter holds a valid mandate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mandates of supporters")
package nl.naober.platform.mandates;
