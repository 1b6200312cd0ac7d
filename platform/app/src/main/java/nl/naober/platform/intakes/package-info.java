/**
 * WMO intakes (meldingen, issue #6): a supporter with a valid mandate of the municipality takes a
 * melding for a resident of her village, started from a contact. A draft may be incomplete;
 * submitting it checks everything (the BSN with the 11-proof, the resident's identity, her explicit
 * consent to pass it to the municipality), fixes the melding date from which the statutory deadlines
 * run, records the mandate used and queues the delivery to the municipality in the same transaction.
 * The delivery module reads submitted intakes through
 * {@link nl.naober.platform.delivery.DeliverableIntakes}, with the intake's PDF (JasperReports). The
 * BSN is stored encrypted and shown masked; every read and change of an intake is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "WMO intakes under mandate")
package nl.naober.platform.intakes;
