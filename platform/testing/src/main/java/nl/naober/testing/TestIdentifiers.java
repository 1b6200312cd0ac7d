package nl.naober.testing;

import java.util.concurrent.ThreadLocalRandom;
import nl.naober.kernel.ElevenProof;

/** Valid identifiers for test data: unique slugs, random CBS codes, RSINs that pass the 11-proof. */
public final class TestIdentifiers {

    private TestIdentifiers() {
    }

    /** A slug that no other test (nor an earlier run on a shared database) uses. */
    public static String uniqueSlug(String prefix) {
        String slug = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36);
        return slug.length() <= 40 ? slug : slug.substring(0, 40);
    }

    /** A random CBS code; it may be taken already, so callers retry on a conflict. */
    public static String randomCbsCode() {
        return String.format("GM%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    public static String validRsin() {
        while (true) {
            String candidate = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            if (ElevenProof.isValid(candidate)) {
                return candidate;
            }
        }
    }
}
