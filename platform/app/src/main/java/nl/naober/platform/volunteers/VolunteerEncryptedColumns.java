package nl.naober.platform.volunteers;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class VolunteerEncryptedColumns {

    @Bean
    EncryptedColumns volunteerColumns() {
        return EncryptedColumns.of("volunteer", "id", "first_name_enc", "last_name_enc", "phone_enc", "email_enc",
                "note_enc");
    }

    @Bean
    EncryptedColumns helpRequestColumns() {
        return EncryptedColumns.of("help_request", "id", "description_enc");
    }

    @Bean
    EncryptedColumns volunteerHoursColumns() {
        return EncryptedColumns.of("volunteer_hours", "id", "note_enc");
    }
}
