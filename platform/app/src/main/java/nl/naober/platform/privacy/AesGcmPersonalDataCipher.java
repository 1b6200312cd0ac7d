package nl.naober.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import nl.naober.kernel.TenantId;
import nl.naober.platform.privacy.PersonalDataUnreadableException.Reason;
import nl.naober.tenants.TenantContext;

/**
 * AES-256-GCM with the current municipality's data key ({@link Keyring}). Stored form:
 * {@code v1.<keyId>.<base64url(iv || ciphertext || tag)>} without padding. The IV is 96 random
 * bits per value; the municipality's schema is the additional authenticated data, so a value
 * copied into another municipality's table fails the tag check even if both had the same key.
 */
final class AesGcmPersonalDataCipher implements PersonalDataCipher {

    static final String VERSION = "v1";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Keyring keyring;
    private final SecureRandom random = new SecureRandom();

    AesGcmPersonalDataCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public String encrypt(String plainText) {
        if (plainText == null) {
            return null;
        }
        TenantId tenant = TenantContext.require();
        String keyId = keyring.currentKeyId();
        SecretKey key = keyring.dataKey(keyId, tenant).orElseThrow();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(tenant));
            byte[] sealed = cipher.doFinal(utf8(plainText));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return prefix(keyId) + ENCODER.encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public String decrypt(String storedForm) {
        if (storedForm == null) {
            return null;
        }
        TenantId tenant = TenantContext.require();
        int versionEnd = storedForm.indexOf('.');
        int keyEnd = versionEnd < 0 ? -1 : storedForm.indexOf('.', versionEnd + 1);
        if (keyEnd < 0 || !VERSION.equals(storedForm.substring(0, versionEnd))) {
            throw unreadable(Reason.MALFORMED, null, tenant, "it is not in the form " + VERSION + ".<keyId>.<data>");
        }
        String keyId = storedForm.substring(versionEnd + 1, keyEnd);
        if (!Keyring.isValidKeyId(keyId)) {
            // not repeated in the message: it comes from the database and may hold anything
            throw unreadable(Reason.MALFORMED, null, tenant, "its key id is not a valid key id");
        }
        SecretKey key = keyring.dataKey(keyId, tenant).orElseThrow(() -> unreadable(Reason.UNKNOWN_KEY, keyId,
                tenant, "its key '" + keyId + "' is not configured (naober.privacy.keys)"));
        byte[] stored;
        try {
            stored = DECODER.decode(storedForm.substring(keyEnd + 1));
        } catch (IllegalArgumentException e) {
            throw unreadable(Reason.MALFORMED, keyId, tenant, "its data is not base64url");
        }
        if (stored.length < IV_BYTES + TAG_BITS / 8) {
            throw unreadable(Reason.MALFORMED, keyId, tenant, "it is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(associatedData(tenant));
            byte[] plain = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw unreadable(Reason.TAMPERED, keyId, tenant,
                    "it fails the integrity check (changed, or encrypted for another municipality)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** The start of every value encrypted under {@code keyId}. */
    static String prefix(String keyId) {
        return VERSION + "." + keyId + ".";
    }

    private static byte[] associatedData(TenantId tenant) {
        return tenant.schema().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Strict UTF-8: {@link String#getBytes} would store a lone surrogate as '?', and the value read
     * back would differ from the one written without anyone noticing.
     */
    private static byte[] utf8(String text) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            return array;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Text with an unpaired UTF-16 surrogate cannot be stored", e);
        }
    }

    private static PersonalDataUnreadableException unreadable(Reason reason, String keyId, TenantId tenant,
            String why) {
        return new PersonalDataUnreadableException(reason, keyId,
                "Personal data of " + tenant.schema() + " cannot be decrypted: " + why + ".");
    }
}
