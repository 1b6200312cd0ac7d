/**
 * Protection of personal data at rest: free text and contact details of residents are encrypted
 * with AES-256-GCM under a key of the municipality they belong to, derived per municipality (HKDF)
 * from master keys in configuration ({@code naober.privacy.*}), with key ids so keys can be
 * rotated.
 *
 * <p>Public API: {@link nl.naober.platform.privacy.PersonalDataCipher} (the bean that encrypts for
 * the current municipality), {@link nl.naober.platform.privacy.EncryptedText} (mark an entity
 * attribute with {@code @Convert(converter = EncryptedText.class)}),
 * {@link nl.naober.platform.privacy.EncryptedColumn} (declare a bean per encrypted column so it is
 * re-encrypted on rotation), {@link nl.naober.platform.privacy.PersonalDataRotation} and
 * {@link nl.naober.platform.privacy.PersonalDataUnreadableException}. Key handling, the cipher
 * and the rotation's SQL are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy: encryption of personal data")
package nl.naober.platform.privacy;
