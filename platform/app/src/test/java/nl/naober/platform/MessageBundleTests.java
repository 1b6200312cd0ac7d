package nl.naober.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * Every message bundle of the app (one per module under {@code i18n/}, plus the shared
 * {@code messages}) exists in Dutch and English with the same keys, no empty and no untranslated
 * texts, and is known to Spring's message source.
 */
class MessageBundleTests {

    /** Texts that are the same in both languages on purpose. */
    private static final Set<Object> LANGUAGE_NEUTRAL = Set.of("home.title", "contacts.route.short",
            "contacts.care-network.member", "contacts.start.follow-up.link");

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        for (String basename : configuredBasenames()) {
            Properties dutch = load("/" + basename + ".properties");
            Properties english = load("/" + basename + "_en.properties");

            assertThat(dutch.stringPropertyNames()).as(basename).isNotEmpty()
                    .isEqualTo(english.stringPropertyNames());
            dutch.forEach((key, value) -> {
                assertThat((String) value).as("nl " + key).isNotBlank();
                if (!LANGUAGE_NEUTRAL.contains(key)) {
                    assertThat((String) value).as("untranslated " + key).isNotEqualTo(english.getProperty((String) key));
                }
            });
        }
    }

    @Test
    void everyModuleBundleIsConfiguredAndNoKeyIsDefinedTwice() throws IOException {
        List<String> configured = configuredBasenames();
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (var resource : resources) {
            String name = resource.getFilename().replaceFirst("(_en)?\\.properties$", "");
            assertThat(configured).as("spring.messages.basename").contains("i18n/" + name);
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String basename : configured) {
            for (String key : load("/" + basename + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as("key defined in two bundles: " + key).isTrue();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> configuredBasenames() throws IOException {
        try (InputStream in = new ClassPathResource("application.yaml").getInputStream()) {
            var yaml = (java.util.Map<String, Object>) new Yaml().load(in);
            var spring = (java.util.Map<String, Object>) yaml.get("spring");
            var messages = (java.util.Map<String, Object>) spring.get("messages");
            return Arrays.stream(((String) messages.get("basename")).split(",")).map(String::strip).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        InputStream stream = MessageBundleTests.class.getResourceAsStream(resource);
        assertThat(stream).as(resource).isNotNull();
        try (var in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
