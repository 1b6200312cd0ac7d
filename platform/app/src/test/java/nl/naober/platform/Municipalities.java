package nl.naober.platform;

import java.util.concurrent.ThreadLocalRandom;
import nl.naober.kernel.ElevenProof;
import nl.naober.testing.TestTokens;

/** Registers municipalities through the API with unique slugs and CBS codes. */
public final class Municipalities {

    private Municipalities() {
    }

    public static String platformAdmin() {
        return TestTokens.withoutMunicipality("platform-admin");
    }

    /** Registers a municipality and returns its slug. */
    public static String register(ApiClient api, String prefix) {
        String slug = prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        for (int attempt = 0; attempt < 30; attempt++) {
            ApiClient.Response response = api.post("/api/v1/municipalities", platformAdmin(),
                    registration(slug, "Gemeente " + prefix, randomCbsCode(), validRsin()));
            if (response.status() == 201) {
                return slug;
            }
            if (response.status() != 409) {
                throw new IllegalStateException("Registering " + slug + " failed: " + response);
            }
        }
        throw new IllegalStateException("No free CBS code found");
    }

    public static String registration(String slug, String name, String cbsCode, String rsin) {
        return """
                {"slug": "%s", "name": "%s", "cbsCode": "%s", "rsin": "%s"}""".formatted(slug, name, cbsCode, rsin);
    }

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
