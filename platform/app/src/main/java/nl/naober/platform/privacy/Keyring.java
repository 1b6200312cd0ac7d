package nl.naober.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import nl.naober.kernel.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured master keys and the data keys derived from them, one per key id and
 * municipality. A municipality's data key is HKDF-SHA256 of a master key with the municipality's
 * schema in {@code info}: knowing one municipality's data key gives nothing about another's, and
 * the master keys never encrypt anything themselves.
 */
final class Keyring {

    static final int MIN_SECRET_BYTES = 32;
    static final String DEVELOPMENT_KEY_ID = "dev";

    private static final Logger log = LoggerFactory.getLogger(Keyring.class);

    /** Key ids end up in every stored value between dots, so they are kept short and dot-free. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /**
     * Fixed, not secret: HKDF only needs the salt to be independent of the key material (RFC 5869
     * §3.1). Changing it would make every stored value unreadable.
     */
    private static final byte[] SALT = "naober/privacy/hkdf-salt/v1".getBytes(StandardCharsets.UTF_8);
    private static final String INFO_PREFIX = "naober personal data v1|";
    private static final String HASH_INFO_PREFIX = "naober keyed hash v1|";
    private static final int DATA_KEY_BYTES = 32; // AES-256

    private final Map<String, byte[]> masterKeys;
    private final String currentKeyId;
    private final Map<DataKeyId, SecretKey> dataKeys = new ConcurrentHashMap<>();

    private Keyring(Map<String, byte[]> masterKeys, String currentKeyId) {
        this.masterKeys = masterKeys;
        this.currentKeyId = currentKeyId;
    }

    /**
     * Checks the configuration and builds the keyring; every problem found is named in one
     * {@link IllegalStateException}, without ever repeating a secret.
     */
    static Keyring of(PrivacyProperties properties) {
        if (properties.keys().isEmpty()) {
            return withoutConfiguredKeys(properties);
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, byte[]> keys = new HashMap<>();
        for (int i = 0; i < properties.keys().size(); i++) {
            PrivacyProperties.MasterKey key = properties.keys().get(i);
            String name = "naober.privacy.keys[" + i + "]";
            String id = key.id() == null ? null : key.id().strip();
            if (!isValidKeyId(id)) {
                problems.add(name + ".id " + (id == null ? "is missing" : "'" + id + "' is not a valid key id")
                        + ": use 1 to 32 letters, digits, '-' or '_'.");
                continue;
            }
            if (!ids.add(id)) {
                problems.add("naober.privacy.keys: key id '" + id + "' is configured twice; every key needs its own id.");
                continue;
            }
            byte[] secret = decode(key.secret(), name + ".secret (key '" + id + "')", problems);
            if (secret != null) {
                keys.put(id, secret);
            }
        }
        String current = properties.currentKey();
        if (current == null && properties.keys().size() > 1) {
            problems.add("naober.privacy.current-key is required when more than one key is configured ("
                    + String.join(", ", ids) + ").");
        } else if (current == null) {
            current = ids.isEmpty() ? null : ids.iterator().next();
        } else if (!ids.contains(current)) {
            problems.add("naober.privacy.current-key '" + current + "' is not one of the configured keys ("
                    + String.join(", ", ids) + ").");
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new Keyring(Map.copyOf(keys), current);
    }

    private static Keyring withoutConfiguredKeys(PrivacyProperties properties) {
        if (properties.currentKey() != null) {
            throw invalid(List.of("naober.privacy.current-key '" + properties.currentKey()
                    + "' is set, but no keys are configured (naober.privacy.keys)."));
        }
        if (!properties.allowDevelopmentKey()) {
            throw invalid(List.of("no key is configured. Set naober.privacy.keys[0].id and naober.privacy.keys[0].secret"
                    + " (base64 of at least " + MIN_SECRET_BYTES + " random bytes: openssl rand -base64 32; in"
                    + " Kubernetes from the Secret of secrets.encryption), or naober.privacy.allow-development-key=true"
                    + " for local development and tests only."));
        }
        log.warn("No personal-data key configured (naober.privacy.keys): personal data is encrypted with the fixed,"
                + " publicly known development key '{}'. It is NOT protected. Never run this way with real data.",
                DEVELOPMENT_KEY_ID);
        return new Keyring(Map.of(DEVELOPMENT_KEY_ID, developmentKey()), DEVELOPMENT_KEY_ID);
    }

    private static byte[] decode(String secret, String name, List<String> problems) {
        if (secret == null || secret.isBlank()) {
            problems.add(name + " is empty.");
            return null;
        }
        // line breaks are allowed (a secret from a file); anything else outside the alphabet is an error,
        // where the MIME decoder would silently skip it and leave a shorter key
        String compact = secret.replaceAll("\\s+", "");
        byte[] bytes;
        try {
            bytes = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(compact) : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            problems.add(name + " is not valid base64.");
            return null;
        }
        if (bytes.length < MIN_SECRET_BYTES) {
            problems.add(name + " has " + bytes.length + " bytes; at least " + MIN_SECRET_BYTES
                    + " random bytes are required (openssl rand -base64 32).");
            return null;
        }
        return bytes;
    }

    private static IllegalStateException invalid(List<String> problems) {
        return new IllegalStateException("Invalid personal-data key configuration: " + String.join(" ", problems)
                + " See docs/runbook.md, 'Rotating the personal-data key'.");
    }

    /** Known to everyone who reads this source: only for tests and local development. */
    private static byte[] developmentKey() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    "naober development key: publicly known, never for real data".getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isValidKeyId(String id) {
        return id != null && KEY_ID.matcher(id).matches();
    }

    String currentKeyId() {
        return currentKeyId;
    }

    boolean knows(String keyId) {
        return masterKeys.containsKey(keyId);
    }

    /** The AES-256 key of {@code tenant} under master key {@code keyId}, if that key is configured. */
    Optional<SecretKey> dataKey(String keyId, TenantId tenant) {
        byte[] master = masterKeys.get(keyId);
        if (master == null) {
            return Optional.empty();
        }
        // HKDF costs two HMACs per block; cached, as a municipality's key is needed for every value
        return Optional.of(dataKeys.computeIfAbsent(new DataKeyId(keyId, tenant.schema()),
                id -> new SecretKeySpec(Hkdf.deriveKey(SALT, master,
                        (INFO_PREFIX + id.schema()).getBytes(StandardCharsets.UTF_8), DATA_KEY_BYTES), "AES")));
    }

    /**
     * The HMAC key of {@code tenant} for one {@code purpose} (e.g. hashing a sender's address for a
     * rate limit), derived from the current master key with its own {@code info}: it never equals a
     * data key, and one purpose's hashes say nothing about another's. Not cached: a rotation of the
     * master key simply starts new hashes, which suits short-lived values.
     */
    byte[] hashKey(String purpose, TenantId tenant) {
        return Hkdf.deriveKey(SALT, masterKeys.get(currentKeyId),
                (HASH_INFO_PREFIX + purpose + "|" + tenant.schema()).getBytes(StandardCharsets.UTF_8), DATA_KEY_BYTES);
    }

    private record DataKeyId(String keyId, String schema) {
    }
}
