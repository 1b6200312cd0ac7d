package nl.naober.platform.carers;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class CarerEncryptedColumns {

    @Bean
    EncryptedColumns carerColumns() {
        return EncryptedColumns.of("carer", "id", "name_enc", "contact_enc");
    }

    @Bean
    EncryptedColumns appreciationColumns() {
        return EncryptedColumns.of("carer_appreciation", "id", "name_enc", "postal_address_enc", "consent_what_enc",
                "consent_recipient_enc");
    }
}
