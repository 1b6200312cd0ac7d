package nl.naober.platform.contacts;

import nl.naober.platform.privacy.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ContactEncryptedColumns {

    @Bean
    EncryptedColumn residentName() {
        return new EncryptedColumn("resident", "id", "name_enc");
    }

    @Bean
    EncryptedColumn residentPhone() {
        return new EncryptedColumn("resident", "id", "phone_enc");
    }

    @Bean
    EncryptedColumn residentEmail() {
        return new EncryptedColumn("resident", "id", "email_enc");
    }

    @Bean
    EncryptedColumn residentAddress() {
        return new EncryptedColumn("resident", "id", "address_enc");
    }

    @Bean
    EncryptedColumn contactSummary() {
        return new EncryptedColumn("contact", "id", "summary_enc");
    }

    @Bean
    EncryptedColumn careNetworkName() {
        return new EncryptedColumn("care_network_member", "id", "name_enc");
    }

    @Bean
    EncryptedColumn careNetworkContact() {
        return new EncryptedColumn("care_network_member", "id", "contact_enc");
    }

    @Bean
    EncryptedColumn careNetworkNote() {
        return new EncryptedColumn("care_network_member", "id", "note_enc");
    }
}
