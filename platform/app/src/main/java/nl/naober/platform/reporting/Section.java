package nl.naober.platform.reporting;

/**
 * The sections of a report, in the order of the accountability report. Sections whose
 * module is not there yet are named already, so that module only contributes figures (see
 * {@link FigureSource}); a section without figures is left out of a report.
 */
public enum Section {
    /** Contacts: total, residents reached, open follow-ups (contacts module). */
    CONTACTS(false, "contacts", "total"),
    /** Hours of the supporter per main function A, B, C (contacts module, from the minutes of contacts). */
    HOURS_BY_MAIN_FUNCTION(true),
    /** Hours per function F1–F18 of the village's profile (contacts module). */
    HOURS_BY_FUNCTION(true),
    /** Contacts per theme; a contact with two themes counts twice, so there is no total (contacts module). */
    CONTACTS_BY_THEME(false),
    /** Contacts per channel (contacts module); each contact has one channel, so the total is the contacts. */
    CONTACTS_BY_CHANNEL(true, "contacts", null),
    /**
     * Contacts per route, the F14 indicator from own network to WMO (contacts module); each contact
     * has one route, so the total is the contacts, as per channel and the contacts' own total.
     */
    CONTACTS_BY_ROUTE(true, "contacts", null),
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
     * submitted (intakes module). Additive, so the urgencies and the total are suppressed together;
     * the deliveries have the same total.
     */
    WMO_INTAKES(true, "wmo-intakes-submitted", null),
    /** WMO intakes submitted in the period by life domain; an intake may have several, so no total (intakes module). */
    WMO_INTAKES_BY_LIFE_DOMAIN(false),
    /**
     * Statutory-deadline compliance: the submitted intakes whose investigation deadline (6 weeks)
     * fell in the period, by completed in time, completed late, overdue, still running (intakes module).
     */
    WMO_INTAKE_DEADLINES(true),
    /** The deliveries of the intakes submitted in the period by where they are: delivered, queued, failed (intakes module). */
    WMO_INTAKE_DELIVERIES(true, "wmo-intakes-submitted", null),
    /** Granted versus spent (funding module). */
    FUNDING(false);

    private final boolean additive;
    private final String totalGroup;
    private final String totalKey;

    Section(boolean additive) {
        this(additive, null, null);
    }

    /**
     * @param totalGroup the sections with the same group count the same things per village (each
     *                   contact once per channel and once per route), so they have the same totals
     * @param totalKey   the indicator that is that total in a section that does not add up (the
     *                   contacts' own total), or {@code null} when the section's total row is
     */
    Section(boolean additive, String totalGroup, String totalKey) {
        this.additive = additive;
        this.totalGroup = totalGroup;
        this.totalKey = totalKey;
    }

    /** Whether the rows of one village add up to a meaningful total (each contact in one row). */
    public boolean additive() {
        return additive;
    }

    /**
     * Whether the two sections show the same total per village and for the municipality, so that
     * small-number suppression must hide such a total in both or in neither.
     */
    public boolean sharesTotalWith(Section other) {
        return totalGroup != null && totalGroup.equals(other.totalGroup);
    }

    /** The group of sections with this one's total, or {@code null} when no other section has it. */
    String totalGroup() {
        return totalGroup;
    }

    /** The key of the indicator that is the group's total, or {@code null} when it is the total row. */
    String totalKey() {
        return totalKey;
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
