package nl.naober.platform.intakes;

import java.util.List;
import java.util.UUID;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.audit.AuditAction;
import nl.naober.platform.audit.AuditEvent;
import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.delivery.DeliverableIntakes;
import nl.naober.platform.delivery.PermanentDeliveryFailure;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitted intakes as the municipality receives them, for the delivery worker: decrypted, with the
 * PDF rendered from the same data (a submitted intake no longer changes, so every rendering is the
 * same document). Every load is audited as an export on the worker's purpose.
 */
@Component
@Transactional
class SubmittedIntakes implements DeliverableIntakes {

    private final IntakeRepository intakes;
    private final IntakeDocument document;
    private final VillageDirectory villages;
    private final TenantRegistry registry;
    private final AuditLog audit;

    SubmittedIntakes(IntakeRepository intakes, IntakeDocument document, VillageDirectory villages,
            TenantRegistry registry, AuditLog audit) {
        this.intakes = intakes;
        this.document = document;
        this.villages = villages;
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public DeliverableIntake load(UUID intakeId, String purpose) {
        Intake intake = intakes.findByIdAndStatus(intakeId, IntakeStatus.SUBMITTED)
                .orElseThrow(() -> new ResourceNotFoundException("No submitted intake " + intakeId));
        if (intake.anonymisedAt() != null) {
            // retention removed what would be delivered; retrying cannot bring it back
            throw new PermanentDeliveryFailure("De persoonsgegevens van deze melding zijn verwijderd (bewaartermijn).");
        }
        IntakeFacts facts = intake.facts();
        String villageName = villages.findAll(List.of(intake.villageId())).stream().findFirst()
                .map(VillageSummary::name).orElse(null);
        ConsentRecord consent = intake.consent();
        DeliverableIntake withoutPdf = new DeliverableIntake(intake.id(), intake.reference(), intake.meldingDate(),
                intake.villageId(), villageName,
                new DeliverableIntake.Resident(facts.bsn(), facts.givenNames(), facts.surnamePrefix(), facts.surname(),
                        facts.dateOfBirth(), facts.street(), facts.houseNumber(), facts.postalCode(), facts.city()),
                facts.request(), facts.lifeDomains().stream().sorted().map(CodedValue::code).toList(),
                CodedValue.code(facts.urgency()), Boolean.TRUE.equals(facts.personalPlanIntended()),
                facts.conversationReport(), new DeliverableIntake.Supporter(intake.supporterId(), intake.supporterName()),
                new DeliverableIntake.Mandate(intake.mandateId(), intake.mandateDecision(), intake.mandateValidFrom(),
                        intake.mandateValidUntil()),
                new DeliverableIntake.Consent(consent.what(), consent.recipient(), consent.givenOn(),
                        CodedValue.code(consent.form())),
                null);
        byte[] pdf = document.render(withoutPdf, registry.requireActive(TenantContext.require()).name());
        audit.record(new AuditEvent(AuditAction.EXPORT, IntakeService.RECORD_TYPE, intake.id(), intake.residentId(),
                IntakeService.BASIS, "intake read for delivery to the municipality: " + purpose));
        return withoutPdf.withPdf(new DeliverableIntake.Document(intake.reference() + ".pdf", "application/pdf", pdf));
    }
}
