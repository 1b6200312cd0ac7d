package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties dutch = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.stringPropertyNames()).isNotEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }
}
