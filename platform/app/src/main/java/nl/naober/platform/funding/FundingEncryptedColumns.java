package nl.naober.platform.funding;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted text, for key rotation. */
@Configuration(proxyBeanMethods = false)
class FundingEncryptedColumns {

    @Bean
    EncryptedColumns fundingCostColumns() {
        return EncryptedColumns.of("funding_cost", "id", "description_enc");
    }
}
