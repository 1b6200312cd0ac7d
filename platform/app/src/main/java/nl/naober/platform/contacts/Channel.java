package nl.naober.platform.contacts;

/** How the contact came about. */
enum Channel {
    OFFICE_HOURS, HOME_VISIT, PHONE, EMAIL, MESSAGE, IN_THE_STREET, VIA_VOLUNTEER, VIA_PARTNER, ACTIVITY
}
