package nl.naober.platform.privacy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Master keys for tests: random per test JVM, the same material for the same id within it. */
final class TestKeys {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    static String secret(String id) {
        return SECRETS.computeIfAbsent(id, ignored -> randomSecret(32));
    }

    static String randomSecret(int bytes) {
        byte[] material = new byte[bytes];
        new SecureRandom().nextBytes(material);
        return Base64.getEncoder().encodeToString(material);
    }

    /** Configuration with the keys {@code ids} (test material) and {@code current} as current key. */
    static PrivacyProperties properties(String current, String... ids) {
        return new PrivacyProperties(Arrays.stream(ids).map(id -> new PrivacyProperties.MasterKey(id, secret(id)))
                .toList(), current, false, null);
    }

    static PrivacyProperties properties(String current, List<PrivacyProperties.MasterKey> keys) {
        return new PrivacyProperties(keys, current, false, null);
    }

    static AesGcmPersonalDataCipher cipher(String current, String... ids) {
        return new AesGcmPersonalDataCipher(Keyring.of(properties(current, ids)));
    }
}
