package nl.naober.platform;

import nl.naober.testing.TestIdentifiers;
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
        String slug = TestIdentifiers.uniqueSlug(prefix);
        ApiClient.Response response = register(api, slug, "Gemeente " + prefix);
        if (response.status() != 201) {
            throw new IllegalStateException("Registering " + slug + " failed: " + response);
        }
        return slug;
    }

    /** Posts a valid registration, drawing another CBS code while the random one is taken. */
    public static ApiClient.Response register(ApiClient api, String slug, String name) {
        ApiClient.Response response = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            response = api.post("/api/v1/municipalities", platformAdmin(),
                    registration(slug, name, randomCbsCode(), validRsin()));
            boolean cbsCodeTaken = response.status() == 409 && response.body().contains("\"cbsCode\"");
            if (!cbsCodeTaken) {
                return response;
            }
        }
        return response;
    }

    public static String registration(String slug, String name, String cbsCode, String rsin) {
        return """
                {"slug": "%s", "name": "%s", "cbsCode": "%s", "rsin": "%s"}""".formatted(slug, name, cbsCode, rsin);
    }

    public static String randomCbsCode() {
        return TestIdentifiers.randomCbsCode();
    }

    public static String validRsin() {
        return TestIdentifiers.validRsin();
    }
}
