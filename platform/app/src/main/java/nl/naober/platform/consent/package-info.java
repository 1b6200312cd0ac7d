/**
 * Consent of a resident before any of her data leaves the village (DESIGN.md §5): what is shared,
 * with whom, when she gave it, how (verbally or in writing) and which supporter recorded it. One
 * record shape for every module that shares personal data (referrals to professionals, the carer
 * appreciation list for the municipality): {@link nl.naober.platform.consent.ConsentRecord} is
 * embedded in the record that is shared, so consent and record are saved in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent for sharing personal data")
package nl.naober.platform.consent;
