package nl.naober.zgwfake;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Holds the active fault rules and decides, per request, whether to delay or fail it. */
@Component
class FaultInjector {

    /** An active rule with its own counter and (for DOWN) its end. */
    record ActiveFault(long id, FaultRule rule, AtomicInteger matched, Instant until) {
    }

    /** What to do with one request. */
    record Decision(long delayMs, Integer failStatus, Long faultId) {
    }

    private final List<ActiveFault> faults = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    long add(FaultRule rule) {
        Instant until = rule.kind() == FaultRule.Kind.DOWN && rule.durationMs() != null && rule.durationMs() > 0
                ? Instant.now().plusMillis(rule.durationMs()) : null;
        long id = ids.incrementAndGet();
        faults.add(new ActiveFault(id, rule, new AtomicInteger(), until));
        return id;
    }

    void clear() {
        faults.clear();
    }

    boolean remove(long id) {
        return faults.removeIf(fault -> fault.id() == id);
    }

    List<ActiveFault> active() {
        return List.copyOf(faults);
    }

    Decision decide(String method, String path) {
        long delay = 0;
        Integer failStatus = null;
        Long faultId = null;
        Instant now = Instant.now();
        for (ActiveFault fault : faults) {
            FaultRule rule = fault.rule();
            if (!rule.matches(method, path)) {
                continue;
            }
            switch (rule.kind()) {
                case DELAY -> delay += rule.delayMs();
                case DOWN -> {
                    if (fault.until() != null && now.isAfter(fault.until())) {
                        faults.remove(fault);
                    } else if (failStatus == null) {
                        failStatus = rule.statusOr(503);
                        faultId = fault.id();
                    }
                }
                case FAIL_NTH -> {
                    if (fault.matched().incrementAndGet() == rule.nth() && failStatus == null) {
                        failStatus = rule.statusOr(500);
                        faultId = fault.id();
                    }
                }
            }
        }
        return new Decision(delay, failStatus, faultId);
    }

}
