/**
 * Protection of personal data at rest: free text and contact details of residents are encrypted
 * with a key of the municipality they belong to (derived per municipality from key material in
 * configuration, with key ids so keys can be rotated). Modules mark such columns with
 * {@link nl.naober.platform.privacy.EncryptedText}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy: encryption of personal data")
package nl.naober.platform.privacy;
