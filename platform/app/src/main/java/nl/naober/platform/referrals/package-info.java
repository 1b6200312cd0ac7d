/**
 * Referrals (F16): the supporter refers a resident of her village to a professional or an
 * organisation (named in free text until the social map exists). The resident's consent (what,
 * to whom, when, how, recorded by whom) is recorded with the referral in one transaction, and a
 * referral without complete consent is refused: nothing leaves the village without it. The
 * outcome is fed back later as a history of status changes. Only the supporter of the resident's
 * village reaches a referral; every read and change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals with consent and outcome")
package nl.naober.platform.referrals;
