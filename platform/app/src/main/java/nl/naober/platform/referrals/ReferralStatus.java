package nl.naober.platform.referrals;

/** Where a referral stands. Sent and accepted are open: the supporter waits for an outcome. */
enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, COMPLETED, NO_SHOW, WITHDRAWN;

    boolean open() {
        return this == SENT || this == ACCEPTED;
    }
}
