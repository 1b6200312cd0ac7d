package nl.naober.platform.intakes;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class IntakeEncryptedColumns {

    @Bean
    EncryptedColumns intakeColumns() {
        return EncryptedColumns.of("intake", "id", "bsn_enc", "given_names_enc", "surname_prefix_enc", "surname_enc",
                "date_of_birth_enc", "street_enc", "house_number_enc", "postal_code_enc", "city_enc", "request_enc",
                "conversation_report_enc", "consent_what_enc", "consent_recipient_enc");
    }
}
