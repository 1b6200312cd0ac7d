package nl.naober.platform.delivery;

import java.util.UUID;

/**
 * SPI, implemented by the module that submits intakes: the submitted intake as the municipality
 * receives it. Called with the intake's municipality selected ({@code TenantContext}); the
 * implementation audits the read of personal data with {@code purpose} as its basis.
 */
public interface DeliverableIntakes {

    /** The submitted intake; {@code ResourceNotFoundException} if this municipality has none with this id. */
    DeliverableIntake load(UUID intakeId, String purpose);
}
