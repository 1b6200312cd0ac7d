package nl.naober.zgwfake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory, thread-safe collection of one resource type (zaken, rollen, ...), kept as the JSON the
 * fake answers with. Objects are changed only while holding their monitor; readers get copies.
 */
final class Store {

    private record Entry(long order, ObjectNode node) {
    }

    private final Map<String, Entry> byUuid = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();

    void put(String uuid, ObjectNode node) {
        byUuid.put(uuid, new Entry(order.incrementAndGet(), node));
    }

    /** The live object (synchronize on it to change it). */
    Optional<ObjectNode> live(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid)).map(Entry::node);
    }

    Optional<ObjectNode> copy(String uuid) {
        return live(uuid).map(Store::copyOf);
    }

    /**
     * Copies of the objects matching the filter, in creation order. The filter sees the live object while
     * its monitor is held, so only matches are copied (a benchmark's look-ups stay cheap).
     */
    List<ObjectNode> find(Predicate<ObjectNode> filter) {
        List<Entry> entries = new ArrayList<>(byUuid.values());
        entries.sort(Comparator.comparingLong(Entry::order));
        List<ObjectNode> result = new ArrayList<>();
        for (Entry entry : entries) {
            ObjectNode node = entry.node();
            synchronized (node) {
                if (filter.test(node)) {
                    result.add(node.deepCopy());
                }
            }
        }
        return result;
    }

    int size() {
        return byUuid.size();
    }

    void clear() {
        byUuid.clear();
    }

    static ObjectNode copyOf(ObjectNode node) {
        synchronized (node) {
            return node.deepCopy();
        }
    }
}
