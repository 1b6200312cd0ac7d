package nl.naober.platform.reporting;

/**
 * The sections of a report, in the order of the accountability report. Sections whose
 * module is not there yet are named already, so that module only contributes figures (see
 * {@link FigureSource}); a section without figures is left out of a report.
 */
public enum Section {
    /** Contacts: total, residents reached, open follow-ups (contacts module). */
    CONTACTS(false),
    /** Hours of the supporter per main function A, B, C (contacts module, from the minutes of contacts). */
    HOURS_BY_MAIN_FUNCTION(true),
    /** Hours per function F1–F18 of the village's profile (contacts module). */
    HOURS_BY_FUNCTION(true),
    /** Contacts per theme; a contact with two themes counts twice, so there is no total (contacts module). */
    CONTACTS_BY_THEME(false),
    /** Contacts per channel (contacts module). */
    CONTACTS_BY_CHANNEL(true),
    /** Contacts per route, the F14 indicator from own network to WMO (contacts module). */
    CONTACTS_BY_ROUTE(true),
    /** Signals raised, answered, closed (signals module). */
    SIGNALS(false),
    /** Extension point: volunteers active, their hours, VOG status (volunteers module, workspace II). */
    VOLUNTEERS(false),
    /** Extension point: activities and participants (activities module, workspace II). */
    ACTIVITIES(false),
    /** Extension point: initiatives supported (initiatives module, workspace II). */
    INITIATIVES(false),
    /** Referrals made in the period by their current outcome (referrals module). */
    REFERRALS(true),
    /** Carers reached (carers module). */
    CARERS(false),
    /**
     * WMO intakes submitted in the period (melding date) by urgency; the total is the intakes
     * submitted (intakes module). Additive, so the urgencies and the total are suppressed together.
     */
    WMO_INTAKES(true),
    /** WMO intakes submitted in the period by life domain; an intake may have several, so no total (intakes module). */
    WMO_INTAKES_BY_LIFE_DOMAIN(false),
    /**
     * Statutory-deadline compliance: the submitted intakes whose investigation deadline (6 weeks)
     * fell in the period, by completed in time, completed late, overdue, still running (intakes module).
     */
    WMO_INTAKE_DEADLINES(true),
    /** The deliveries of the intakes submitted in the period by where they are: delivered, queued, failed (intakes module). */
    WMO_INTAKE_DELIVERIES(true),
    /** Granted versus spent (funding module). */
    FUNDING(false);

    private final boolean additive;

    Section(boolean additive) {
        this.additive = additive;
    }

    /** Whether the rows of one village add up to a meaningful total (each contact in one row). */
    public boolean additive() {
        return additive;
    }

    /** The section's code in the API, e.g. {@code contacts-by-theme}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The message key of the section's title (this module's bundle). */
    public String titleKey() {
        return "reporting.section." + code();
    }
}
