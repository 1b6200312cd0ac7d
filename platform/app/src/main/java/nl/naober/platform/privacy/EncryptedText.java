package nl.naober.platform.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Marks a text column as personal data encrypted at rest:
 * {@code @Convert(converter = EncryptedText.class)}. Hibernate asks Spring for the converter, so
 * it encrypts with the current municipality's key.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedText(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
