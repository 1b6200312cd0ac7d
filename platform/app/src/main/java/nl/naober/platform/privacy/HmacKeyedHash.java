package nl.naober.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.naober.tenants.TenantContext;

/** {@link KeyedHash} with HMAC-SHA256 under a key per municipality and purpose ({@link Keyring#hashKey}). */
final class HmacKeyedHash implements KeyedHash {

    private final Keyring keyring;

    HmacKeyedHash(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public String hash(String purpose, String value) {
        byte[] key = keyring.hashKey(purpose, TenantContext.require());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
