/**
 * The knowledge feed (F17): the municipal administrator posts short news items about local and
 * national developments in housing, welfare and care, for all villages or some; supporters see the
 * latest ones of their villages on the start page and all of them on a list page; sounding-board
 * members (their villages) and policy officers (all) read them too. An item can be scheduled
 * (a publish date in the future), end by itself ("show until") and be withdrawn.
 * <p>
 * News items hold no personal data: they are written for colleagues, like a newsletter, so they
 * are stored as plain text, not audited and take no part in retention or the data-subject export.
 * Their text is plain text (paragraphs by blank lines), always escaped when shown; a link must be
 * http or https.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge feed")
package nl.naober.platform.news;
