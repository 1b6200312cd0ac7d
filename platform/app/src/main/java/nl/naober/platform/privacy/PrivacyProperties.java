package nl.naober.platform.privacy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Key material for personal data at rest ({@code naober.privacy.*}). Validated when the
 * {@link Keyring} is built, so a wrong configuration stops the start instead of the first write.
 *
 * @param keys                 master keys; in production from a Kubernetes Secret through
 *                             {@code NAOBER_PRIVACY_KEYS_<n>_ID} / {@code NAOBER_PRIVACY_KEYS_<n>_SECRET}
 * @param currentKey           id of the key new values are encrypted with; may be left out when there
 *                             is exactly one key
 * @param allowDevelopmentKey  without keys, use a fixed and publicly known key instead of failing
 *                             (tests and local development only)
 * @param rotationBatchSize    rows re-encrypted per transaction by {@link PersonalDataRotation}
 */
@ConfigurationProperties("naober.privacy")
record PrivacyProperties(List<MasterKey> keys, String currentKey, boolean allowDevelopmentKey,
        Integer rotationBatchSize) {

    PrivacyProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
        currentKey = currentKey == null || currentKey.isBlank() ? null : currentKey.strip();
        rotationBatchSize = rotationBatchSize == null ? 500 : rotationBatchSize;
    }

    /**
     * One master key.
     *
     * @param id     short name stored with every value encrypted under this key; never reuse one
     * @param secret base64 of at least 32 random bytes
     */
    record MasterKey(String id, String secret) {

        // a record would print the secret in logs, configuration reports and failure messages
        @Override
        public String toString() {
            return "MasterKey[id=" + id + ", secret=" + (secret == null ? "null" : "(hidden)") + "]";
        }
    }
}
