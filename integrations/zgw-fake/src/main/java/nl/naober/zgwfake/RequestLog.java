package nl.naober.zgwfake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/** The last requests the fake received (for tests and benchmarks): method, path, client, answer status. */
@Component
class RequestLog {

    private static final int CAPACITY = 10_000;

    /** One received request. {@code clientId} is null when the JWT was missing or refused. */
    public record Entry(Instant at, String method, String path, String query, String clientId, int status,
            String faultInjected) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
