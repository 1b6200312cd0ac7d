package nl.naober.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One or more fields of a request are invalid; each violation has a Dutch message. */
public class InvalidInputException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One invalid field. */
    public record Violation(String field, String message) {
    }

    /**
     * Collects the {@link InvalidIdentifierException}s of several conversions, so a caller learns
     * about every invalid field at once instead of one per attempt.
     */
    public static final class Collector {

        private final List<Violation> violations = new ArrayList<>();

        public <T> T attempt(Supplier<T> conversion) {
            try {
                return conversion.get();
            } catch (InvalidIdentifierException e) {
                violations.add(new Violation(e.field(), e.getMessage()));
                return null;
            }
        }

        public void add(String field, String message) {
            violations.add(new Violation(field, message));
        }

        /** The violations collected so far. */
        public List<Violation> violations() {
            return List.copyOf(violations);
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
    }
}
