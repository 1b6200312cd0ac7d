package nl.naober.devservices;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops a process together with everything it started. {@code kc.sh} runs Keycloak's JVM as a
 * child process, so destroying only the script would leave the server running.
 */
final class ProcessTree {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private ProcessTree() {
    }

    /** Asks the whole tree to terminate, then kills whatever is still alive after a grace period. */
    static void stop(Process process) {
        // collect first: once the parent is gone its children are re-parented and no longer found
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (ProcessHandle handle : concat(process.toHandle(), tree)) {
            long remaining = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // still alive after the grace period (or the future failed): kill below
            }
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static List<ProcessHandle> concat(ProcessHandle first, List<ProcessHandle> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
