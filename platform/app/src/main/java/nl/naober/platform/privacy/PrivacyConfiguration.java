package nl.naober.platform.privacy;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    /** Built at start-up, so that a wrong key configuration stops the start with its reasons. */
    @Bean
    Keyring personalDataKeyring(PrivacyProperties properties) {
        return Keyring.of(properties);
    }

    @Bean
    KeyedHash keyedHash(Keyring keyring) {
        return new HmacKeyedHash(keyring);
    }

    @Bean
    PersonalDataCipher personalDataCipher(Keyring keyring) {
        return new AesGcmPersonalDataCipher(keyring);
    }

    @Bean
    PersonalDataRotation personalDataRotation(DataSource dataSource, PersonalDataCipher cipher, Keyring keyring,
            ObjectProvider<EncryptedColumn> columns, ObjectProvider<EncryptedColumns> tables,
            PrivacyProperties properties) {
        return new JdbcPersonalDataRotation(dataSource, cipher, keyring, () -> java.util.stream.Stream.concat(
                columns.orderedStream(), tables.orderedStream().flatMap(t -> t.columns().stream())).toList(),
                properties.rotationBatchSize());
    }
}
