package nl.naober.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.naober.kernel.ElevenProof;
import nl.naober.kernel.TenantId;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.delivery.DeliverableIntakes;
import nl.naober.platform.delivery.IntakeDeliveries;
import nl.naober.tenants.TenantContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's stand-in for the intakes module: submitted intakes kept in memory, each with a
 * PDF of about 30 KB, and {@link #submit} queues one the way the intakes module does (its outbox
 * row through {@link IntakeDeliveries#enqueue} in the intake's own transaction, under its
 * municipality). To benchmark the real module, replace this class by the module's submit call and
 * its {@code DeliverableIntakes}; the rest of {@link DeliveryBenchmark} stays.
 */
final class InMemoryDeliverableIntakes implements DeliverableIntakes {

    static final int PDF_BYTES = 30 * 1024;

    private final Map<UUID, DeliverableIntake> intakes = new ConcurrentHashMap<>();
    // how often each worker (app instance) loaded an intake: tells how two workers shared the work
    private final Map<String, AtomicInteger> loadsPerWorker = new ConcurrentHashMap<>();
    private final byte[] pdf = pdf();

    /** Keeps a submitted intake and queues its delivery in one transaction of its municipality. */
    DeliverableIntake submit(IntakeDeliveries deliveries, TransactionTemplate transactions, TenantId tenant,
            String reference) {
        LocalDate today = LocalDate.now();
        DeliverableIntake intake = new DeliverableIntake(UUID.randomUUID(), reference, today, UUID.randomUUID(),
                "Dorp " + tenant.slug(),
                new DeliverableIntake.Resident(bsn(), "Gerrit Jan", "van", "Velthuis", LocalDate.of(1941, 3, 4),
                        "Kerkstraat", "12", "7591 AB", "Denekamp"),
                "Ik kom de trap niet meer op en wil graag een traplift; mijn dochter helpt met boodschappen.",
                List.of("mobility", "housing-adaptation", "household"), "soon", true,
                "Gesprek aan de keukentafel met de inwoner en haar dochter. " .repeat(20),
                new DeliverableIntake.Supporter(UUID.randomUUID(), "Anna Dorpsondersteuner"),
                new DeliverableIntake.Mandate(UUID.randomUUID(), "B&W 2026/17", today.minusMonths(6), null),
                new DeliverableIntake.Consent("naam, BSN, adres en hulpvraag", "gemeente", today, "mondeling"),
                new DeliverableIntake.Document("melding-" + reference + ".pdf", "application/pdf", pdf));
        intakes.put(intake.intakeId(), intake);
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(
                status -> deliveries.enqueue(intake.intakeId(), reference)));
        return intake;
    }

    /** The same intakes, with the loads counted under {@code worker}: one view per app instance. */
    DeliverableIntakes forWorker(String worker) {
        AtomicInteger loads = loadsPerWorker.computeIfAbsent(worker, w -> new AtomicInteger());
        return (intakeId, purpose) -> {
            loads.incrementAndGet();
            return load(intakeId, purpose);
        };
    }

    Map<String, Integer> loadsPerWorker() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        loadsPerWorker.forEach((worker, loads) -> copy.put(worker, loads.get()));
        return copy;
    }

    @Override
    public DeliverableIntake load(UUID intakeId, String purpose) {
        DeliverableIntake intake = intakes.get(intakeId);
        if (intake == null) {
            throw new IllegalStateException("No intake " + intakeId);
        }
        return intake;
    }

    /** A PDF-shaped document of about 30 KB; random (incompressible) like a real PDF's compressed streams. */
    private static byte[] pdf() {
        byte[] head = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] content = new byte[PDF_BYTES];
        new java.util.Random(6).nextBytes(content);
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, content.length - tail.length, tail.length);
        return content;
    }

    /** A BSN that passes the 11-proof, as the case system requires. */
    private static String bsn() {
        while (true) {
            String candidate = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
            if (ElevenProof.isValid(candidate)) {
                return candidate;
            }
        }
    }
}
