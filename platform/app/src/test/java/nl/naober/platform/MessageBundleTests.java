package nl.naober.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundleTests {

    /** Texts that are the same in both languages on purpose. */
    private static final java.util.Set<Object> LANGUAGE_NEUTRAL = java.util.Set.of("home.title");

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties dutch = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(dutch.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        dutch.forEach((key, value) -> {
            assertThat((String) value).as("nl " + key).isNotBlank();
            if (!LANGUAGE_NEUTRAL.contains(key)) {
                assertThat((String) value).as("untranslated " + key).isNotEqualTo(english.getProperty((String) key));
            }
        });
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
