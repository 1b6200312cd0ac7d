/**
 * Contact requests from the public contact form of a village (F5, F12): a resident, without a
 * login and anonymous if she likes, asks the village's supporter to contact her. The form resists
 * spam without third parties (a honeypot field and a rate limit per sender address and per village,
 * kept in PostgreSQL with only a keyed hash of the address) and shows nothing back. The request
 * lands, encrypted, in the inbox of the supporters of that village; reading one is audited, and a
 * handled request is deleted after the municipality's retention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact requests from the public form")
package nl.naober.platform.contactrequests;
