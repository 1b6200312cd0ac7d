/**
 * The social map (sociale kaart, F6, F11): the organisations, services, associations, initiatives,
 * facilities and professional partners of the municipality, the villages each one serves, and when
 * and by whom it was last verified. Supporters keep the entries of their villages up to date (stale
 * ones come to their start page), search it with PostgreSQL full-text search (Dutch), import and
 * export it as CSV; referrals pick their target from it ({@link nl.naober.platform.socialmap.SocialMapEntries})
 * and residents search its public entries ({@link nl.naober.platform.socialmap.SocialMapSearch}).
 * It holds organisation data only, no personal data: no contact persons are kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social map")
package nl.naober.platform.socialmap;
