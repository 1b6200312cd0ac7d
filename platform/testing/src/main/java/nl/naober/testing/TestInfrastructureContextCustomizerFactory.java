package nl.naober.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.util.ClassUtils;

/**
 * Points every Spring test context at the test database and the test token key, unless the test
 * sets the properties itself (this source has the lowest precedence, so application properties
 * must not set a datasource URL). Registered in {@code META-INF/spring.factories}.
 *
 * <p>An application with the tenancy layer logs in as in production: its request pool as the
 * restricted {@link TestDatabase#APP_USERNAME}, its migrations as the owner. Others (the gateway,
 * which creates its own session schema) keep the owner login, as they do in production.
 */
public class TestInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    /** Named, not referenced: this module does not depend on the tenancy layer. */
    private static final String TENANCY = "nl.naober.tenants.internal.TenancyAutoConfiguration";

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
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", db.jdbcUrl());
            if (ClassUtils.isPresent(TENANCY, context.getClassLoader())) {
                properties.put("spring.datasource.username", db.appUsername());
                properties.put("spring.datasource.password", db.appPassword());
                properties.put("naober.tenants.migration.username", db.username());
                properties.put("naober.tenants.migration.password", db.password());
            } else {
                properties.put("spring.datasource.username", db.username());
                properties.put("spring.datasource.password", db.password());
            }
            properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                    TestTokens.publicKeyLocation());
            context.getEnvironment().getPropertySources().addLast(
                    new MapPropertySource("naober-test-infrastructure", properties));
        }
    }
}
