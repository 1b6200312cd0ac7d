package nl.naober.platform.reporting;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted text, for key rotation. */
@Configuration(proxyBeanMethods = false)
class ReportEncryptedColumns {

    @Bean
    EncryptedColumns reportNarrativeColumns() {
        return EncryptedColumns.of("report_narrative", "id", "text_enc");
    }
}
