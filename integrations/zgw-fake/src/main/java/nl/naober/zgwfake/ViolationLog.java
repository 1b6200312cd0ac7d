package nl.naober.zgwfake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/** Responses and notifications of the fake that broke their own document: bugs in the fake. */
@Component
class ViolationLog {

    private final List<String> violations = new CopyOnWriteArrayList<>();

    void record(List<String> found) {
        violations.addAll(found);
    }

    List<String> all() {
        return List.copyOf(violations);
    }

    void clear() {
        violations.clear();
    }
}
