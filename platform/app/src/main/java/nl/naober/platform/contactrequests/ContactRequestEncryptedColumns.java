package nl.naober.platform.contactrequests;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ContactRequestEncryptedColumns {

    @Bean
    EncryptedColumns contactRequestColumns() {
        return EncryptedColumns.of("contact_request", "id", "name_enc", "phone_enc", "email_enc", "message_enc",
                "preferred_time_enc");
    }
}
