/**
 * The supporter's daily work (F1–F5, F7, F13, F14): contacts with residents (hulpvragen and
 * contactmomenten) with their themes, channel, route and time, the signals she noticed, follow-ups
 * in her own agenda, residents (only what is needed, the resident may stay anonymous) and who
 * helps them (care network). A supporter reaches only the residents and contacts of the villages
 * she serves, checked on every request; every read and change of personal data is audited and
 * personal data is encrypted at rest. Other modules reach residents through {@link
 * nl.naober.platform.contacts.ResidentAccess}, contacts (as references) through {@link
 * nl.naober.platform.contacts.ContactLookup}, themes through {@link
 * nl.naober.platform.contacts.ContactThemes} and numbers of contacts through {@link
 * nl.naober.platform.contacts.ContactStatistics}; it depends on none of the modules that use them.
 * The module keeps the register of residents for the dataprotection module (who may reach a
 * resident's export, who has expired) and takes part in its export and retention like every module
 * that keeps resident data ({@code ResidentDataProtection}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts, residents and follow-ups")
package nl.naober.platform.contacts;
