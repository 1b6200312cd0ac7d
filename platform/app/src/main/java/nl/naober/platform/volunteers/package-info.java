/**
 * Volunteers (F9): the register of a village's volunteers (skills, when they are available, the
 * villages they serve, consent to be contacted, start and end), their certificates of conduct (VOG:
 * issue date, validity by the municipality's setting, a renewal window shown on the start page),
 * help requests that a supporter takes from a contact and matches to a volunteer (ranked, explained
 * in words; a volunteer without the VOG a kind of work requires is never offered nor accepted), and
 * the hours volunteers log themselves on their phone through a personal, revocable link (no account),
 * with totals per volunteer, activity and month. Volunteers' names, contact details and notes are
 * personal data: encrypted at rest, every read of a volunteer's details and every change audited,
 * removed after the retention once she stopped.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteers, VOG, matching and hours")
package nl.naober.platform.volunteers;
