/**
 * Social cohesion in the villages: local initiatives and the support the supporter gives them (F10),
 * the associations of her villages with their contact persons and a contact log (F11), and village
 * activities with their participants, volunteers and hours (F2 cohesion, input for the
 * accountability reports). One module, because the three are one menu for the supporter
 * ("Activiteiten & initiatieven") and an activity links to an initiative or an association of its
 * village: split up, those links would need public APIs between three modules for one screen.
 * <p>
 * Initiatives and activities hold no personal data by design (initiators are a kind of group, not
 * names; participants a count), so the municipal administrator and the policy officer read them
 * too, as figures without the supporter's free text. Associations' contact persons are personal
 * data: only the supporter of one of the association's villages sees them, every read and change is
 * audited, and the contact log's texts expire through the {@code dataprotection} SPI. Other modules
 * get counts and sums through {@link nl.naober.platform.community.ActivityStatistics} and
 * {@link nl.naober.platform.community.InitiativeStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community: initiatives, associations and activities")
package nl.naober.platform.community;
