package nl.naober.platform.signals;

import nl.naober.platform.privacy.EncryptedColumns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold encrypted text, for key rotation. */
@Configuration(proxyBeanMethods = false)
class SignalEncryptedColumns {

    @Bean
    EncryptedColumns signalColumns() {
        return EncryptedColumns.of("collective_signal", "id", "title_enc", "description_enc", "addressee_name_enc",
                "closing_note_enc");
    }

    @Bean
    EncryptedColumns signalResponseColumns() {
        return EncryptedColumns.of("collective_signal_response", "id", "responder_name_enc", "text_enc");
    }
}
