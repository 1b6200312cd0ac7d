/**
 * The supporter's public profile and the public pages of the municipality and its villages (F1):
 * the supporter writes her own profile (name as she wants it shown, photo, languages and dialects,
 * how and when to reach her) and publishes it with an explicit switch; the public page of every
 * village she serves shows it, without a login, next to a link to the village's social map and to
 * its contact form. An unpublished profile is seen by nobody but her.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supporter profiles and public village pages")
package nl.naober.platform.profiles;
