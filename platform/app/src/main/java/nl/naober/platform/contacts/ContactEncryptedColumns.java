package nl.naober.platform.contacts;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ContactEncryptedColumns {

    @Bean
    EncryptedColumns residentColumns() {
        return EncryptedColumns.of("resident", "id", "name_enc", "phone_enc", "email_enc", "address_enc");
    }

    @Bean
    EncryptedColumns contactColumns() {
        return EncryptedColumns.of("contact", "id", "summary_enc");
    }

    @Bean
    EncryptedColumns careNetworkColumns() {
        return EncryptedColumns.of("care_network_member", "id", "name_enc", "contact_enc", "note_enc");
    }
}
