package nl.naober.platform.community;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted text, for key rotation. */
@Configuration(proxyBeanMethods = false)
class CommunityEncryptedColumns {

    @Bean
    EncryptedColumns initiativeColumns() {
        return EncryptedColumns.of("initiative", "id", "description_enc");
    }

    @Bean
    EncryptedColumns initiativeStatusChangeColumns() {
        return EncryptedColumns.of("initiative_status_change", "id", "note_enc");
    }

    @Bean
    EncryptedColumns initiativeSupportColumns() {
        return EncryptedColumns.of("initiative_support", "id", "note_enc");
    }

    @Bean
    EncryptedColumns associationContactPersonColumns() {
        return EncryptedColumns.of("association_contact_person", "id", "name_enc", "role_enc", "phone_enc",
                "email_enc");
    }

    @Bean
    EncryptedColumns associationContactColumns() {
        return EncryptedColumns.of("association_contact", "id", "subject_enc", "summary_enc");
    }

    @Bean
    EncryptedColumns activityColumns() {
        return EncryptedColumns.of("activity", "id", "note_enc");
    }
}
