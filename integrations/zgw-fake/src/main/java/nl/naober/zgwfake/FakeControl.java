package nl.naober.zgwfake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The control handle of a running fake, for tests and benchmarks: inject faults, read what arrived
 * "on the fake's side" (zaken per identificatie, counts, the request log, notification deliveries) and
 * the fake's own violations of the documents. The same operations are served over HTTP under
 * {@code /_fake/} by {@link FakeControlController}.
 */
@Component
public class FakeControl {

    private final FaultInjector faults;
    private final RequestLog requests;
    private final ViolationLog violations;
    private final ZakenService zaken;
    private final DocumentenService documenten;
    private final Notifier notifier;

    FakeControl(FaultInjector faults, RequestLog requests, ViolationLog violations, ZakenService zaken,
            DocumentenService documenten, Notifier notifier) {
        this.faults = faults;
        this.requests = requests;
        this.violations = violations;
        this.zaken = zaken;
        this.documenten = documenten;
        this.notifier = notifier;
    }

    /** Adds a fault rule; returns its id. */
    public long addFault(FaultRule rule) {
        return faults.add(rule);
    }

    public boolean removeFault(long id) {
        return faults.remove(id);
    }

    /** Removes all fault rules: the fake is "back up". */
    public void clearFaults() {
        faults.clear();
    }

    /** Zaken per bronorganisatie, per identificatie: a value above 1 would be a duplicate. */
    public Map<String, Map<String, Integer>> zakenPerIdentificatie() {
        return zaken.zaakCounts(zaak -> true);
    }

    /** How many objects of each resource exist. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("zaken", zaken.zaken.size());
        counts.put("rollen", zaken.rollen.size());
        counts.put("statussen", zaken.statussen.size());
        counts.put("zaakeigenschappen", zaken.zaakeigenschappen.size());
        counts.put("zaakinformatieobjecten", zaken.zaakinformatieobjecten.size());
        counts.put("enkelvoudiginformatieobjecten", documenten.documenten.size());
        counts.put("abonnementen", notifier.abonnementen().size());
        counts.put("notificaties", notifier.deliveries().size());
        return counts;
    }

    /** All zaken as the fake would answer them (any bronorganisatie). */
    public List<JsonNode> zaken() {
        return List.copyOf(zaken.zaken.find(zaak -> true));
    }

    public List<ReceivedRequest> requests() {
        return requests.entries();
    }

    public List<NotificationDelivery> notifications() {
        return notifier.deliveries();
    }

    /** Responses and notifications of the fake that broke their document; must stay empty. */
    public List<String> violations() {
        return violations.all();
    }

    /** Forgets all zaken, documents, abonnementen, faults, requests and violations (the catalogue stays). */
    public void reset() {
        faults.clear();
        zaken.reset();
        documenten.reset();
        notifier.reset();
        requests.clear();
        violations.clear();
    }
}
