package nl.naober.testing;

import java.util.List;
import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every Spring test context at the test database and the test token key, unless the test
 * sets the properties itself (this source has the lowest precedence, so application properties
 * must not set a datasource URL). Registered in {@code META-INF/spring.factories}.
 */
public class TestInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new TestInfrastructureCustomizer();
    }

    private record TestInfrastructureCustomizer() implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            TestDatabase.Connection db = TestDatabase.get();
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("naober-test-infrastructure",
                    Map.of("spring.datasource.url", db.jdbcUrl(),
                            "spring.datasource.username", db.username(),
                            "spring.datasource.password", db.password(),
                            "spring.security.oauth2.resourceserver.jwt.public-key-location",
                            TestTokens.publicKeyLocation())));
        }
    }
}
