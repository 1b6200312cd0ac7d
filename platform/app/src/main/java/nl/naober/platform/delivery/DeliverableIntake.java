package nl.naober.platform.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A submitted WMO intake as it goes to the municipality. Holds the BSN in clear: never log it, never
 * put it in an e-mail body.
 *
 * @param reference    the intake's own reference, unique in the municipality (ZGW {@code identificatie},
 *                     e-mail subject, inbox), at most 40 characters
 * @param meldingDate  the date the melding was made (submitted); the statutory periods start here
 * @param lifeDomains  codes of the life domains the request is about ({@code household}, {@code mobility}, ...)
 * @param urgency      code of the urgency ({@code normal}, {@code soon}, {@code urgent})
 * @param pdf          the intake as a PDF (JasperReports), the document that goes with it
 */
public record DeliverableIntake(UUID intakeId, String reference, LocalDate meldingDate, UUID villageId,
        String villageName, Resident resident, String request, List<String> lifeDomains, String urgency,
        boolean personalPlanIntended, String conversationReport, Supporter supporter, Mandate mandate,
        Consent consent, Document pdf) {

    public DeliverableIntake {
        lifeDomains = List.copyOf(lifeDomains);
    }

    /** The same intake with its document. */
    public DeliverableIntake withPdf(Document document) {
        return new DeliverableIntake(intakeId, reference, meldingDate, villageId, villageName, resident, request,
                lifeDomains, urgency, personalPlanIntended, conversationReport, supporter, mandate, consent, document);
    }

    /** The resident as the BRP would name her; {@code surnamePrefix} and address parts may be {@code null}. */
    public record Resident(String bsn, String givenNames, String surnamePrefix, String surname, LocalDate dateOfBirth,
            String street, String houseNumber, String postalCode, String city) {
    }

    /** The mandated supporter who took the intake. */
    public record Supporter(UUID memberId, String name) {
    }

    /** The mandate the intake was taken under: the municipal decision's reference and validity. */
    public record Mandate(UUID mandateId, String decisionReference, LocalDate validFrom, LocalDate validUntil) {
    }

    /** The resident's consent to pass her data to the municipality. */
    public record Consent(String what, String recipient, LocalDate givenOn, String form) {
    }

    /** A document: file name (ending in {@code .pdf}), media type and content. */
    public record Document(String fileName, String mediaType, byte[] content) {
    }
}
