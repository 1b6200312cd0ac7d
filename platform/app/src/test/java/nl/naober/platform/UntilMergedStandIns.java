package nl.naober.platform;

import nl.naober.platform.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY scaffold on the work branch only: a stand-in for the audit log until its real
 * implementation is merged. Must be deleted before anything reaches main.
 */
@Configuration(proxyBeanMethods = false)
class UntilMergedStandIns {

    @Bean
    @ConditionalOnMissingBean
    AuditLog standInAuditLog() {
        return event -> { };
    }
}
