package nl.naober.platform.privacy;

/**
 * Encrypts and decrypts personal data with the key of the current municipality
 * ({@link nl.naober.tenants.TenantContext}). Encryption is randomised (the same text encrypts
 * differently each time), so encrypted columns cannot be searched or compared in SQL.
 */
public interface PersonalDataCipher {

    /** The stored form of a text; {@code null} stays {@code null}. */
    String encrypt(String plainText);

    /** The text of a stored form; {@code null} stays {@code null}. */
    String decrypt(String storedForm);
}
