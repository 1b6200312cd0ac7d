package nl.naober.platform.users;

/** A deactivated colleague cannot log in; her record and history stay. */
enum MemberStatus {
    ACTIVE, DEACTIVATED
}
