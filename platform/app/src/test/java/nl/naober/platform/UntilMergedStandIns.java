package nl.naober.platform;

import nl.naober.platform.audit.AuditLog;
import nl.naober.platform.privacy.PersonalDataCipher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY scaffold on the work branch only: stand-ins for the audit log and the cipher until
 * their real implementations are merged. Must be deleted before anything reaches main.
 */
@Configuration(proxyBeanMethods = false)
class UntilMergedStandIns {

    @Bean
    @ConditionalOnMissingBean
    AuditLog standInAuditLog() {
        return event -> { };
    }

    @Bean
    @ConditionalOnMissingBean
    PersonalDataCipher standInCipher() {
        return new PersonalDataCipher() {
            @Override
            public String encrypt(String plainText) {
                return plainText;
            }

            @Override
            public String decrypt(String storedForm) {
                return storedForm;
            }
        };
    }
}
