/**
 * Delivery of submitted WMO intakes (meldingen) to the municipality, and the state of each delivery
 * as the supporter and the municipality follow it. Submitting an intake queues it here in the same
 * transaction ({@link nl.naober.platform.delivery.IntakeDeliveries#enqueue}); the worker role claims
 * queued deliveries across tenant schemas ({@code FOR UPDATE SKIP LOCKED}) and hands each to the
 * Camel route of the municipality's channel (ZGW APIs, the platform inbox, e-mail). What is delivered
 * comes from the intakes module through the {@link nl.naober.platform.delivery.DeliverableIntakes}
 * SPI, so this module depends on no module that submits intakes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery of WMO intakes to the municipality")
package nl.naober.platform.delivery;
