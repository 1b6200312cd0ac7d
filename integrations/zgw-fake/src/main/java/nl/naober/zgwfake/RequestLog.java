package nl.naober.zgwfake;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/** The last requests the fake received (for tests and benchmarks): method, path, client, answer status. */
@Component
class RequestLog {

    private static final int CAPACITY = 10_000;

    private final Deque<ReceivedRequest> entries = new ArrayDeque<>();

    synchronized void add(ReceivedRequest entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<ReceivedRequest> entries() {
        return new ArrayList<>(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
