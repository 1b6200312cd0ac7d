package nl.naober.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundleTests {

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties dutch = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(dutch.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        dutch.forEach((key, value) -> assertThat((String) value).as("nl " + key).isNotBlank()
                .isNotEqualTo(english.getProperty((String) key)));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundleTests.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
