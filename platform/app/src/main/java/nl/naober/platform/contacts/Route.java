package nl.naober.platform.contacts;

/**
 * The route taken (F14, "preventief, informeel en laagdrempelig"): how far up the ladder from
 * the resident's own strength to the WMO the answer was found. The order is the ladder.
 */
enum Route {
    SOLVED_DIRECTLY, OWN_NETWORK, VOLUNTEER, ASSOCIATION, PROFESSIONAL, WMO
}
