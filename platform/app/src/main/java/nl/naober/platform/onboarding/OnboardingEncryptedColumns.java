package nl.naober.platform.onboarding;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted text, for key rotation. */
@Configuration(proxyBeanMethods = false)
class OnboardingEncryptedColumns {

    @Bean
    EncryptedColumns onboardingProgressColumns() {
        return EncryptedColumns.of("onboarding_progress", "id", "note_enc");
    }

    @Bean
    EncryptedColumns reflectionColumns() {
        return EncryptedColumns.of("reflection_entry", "id", "text_enc");
    }

    @Bean
    EncryptedColumns trainingColumns() {
        return EncryptedColumns.of("training", "id", "certificate_enc");
    }
}
