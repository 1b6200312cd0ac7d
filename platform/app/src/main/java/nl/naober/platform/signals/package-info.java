/**
 * Collective signals (F8, C7): when many individual questions share one cause, the supporter raises
 * a signal for her village to the municipality, the sounding-board group or another party: a
 * theme, what is going on, how many residents it touches, and the contacts it is built on. A signal
 * holds no personal data: it is written for the municipality, and its contacts are shown to anyone
 * but the supporter only as a count. The platform suggests a signal when one theme recurs in a
 * village (a threshold in a period, set per municipality). The municipal administrator and the
 * sounding-board members of the village read and answer signals; policy officers read them.
 * <p>
 * So this module holds no data about residents and takes no part in retention or the data-subject
 * export (it implements no {@code ResidentDataHolder}): the texts of a signal and its responses are
 * written for the municipality and must not contain a resident's personal data (they are encrypted
 * at rest only because they are free text), and the contacts a signal is built on are references
 * to contacts of the contacts module, which stay when a resident is anonymised (only her personal
 * data goes), so a signal's numbers stay true and nothing here needs forgetting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collective signals")
package nl.naober.platform.signals;
