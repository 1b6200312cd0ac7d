package nl.naober.platform.referrals;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted personal data, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ReferralEncryptedColumns {

    @Bean
    EncryptedColumns referralColumns() {
        return EncryptedColumns.of("referral", "id", "target_name_enc", "target_contact_enc", "reason_enc",
                "consent_what_enc", "consent_recipient_enc");
    }

    @Bean
    EncryptedColumns referralOutcomeColumns() {
        return EncryptedColumns.of("referral_outcome", "id", "note_enc");
    }
}
