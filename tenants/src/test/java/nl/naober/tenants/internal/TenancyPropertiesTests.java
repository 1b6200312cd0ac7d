package nl.naober.tenants.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class TenancyPropertiesTests {

    @Test
    void theChartsEnvironmentVariablesBindTheMigrationLoginNextToTheMigrationThreads() {
        TenancyProperties properties = bind(Map.of(
                "NAOBER_TENANTS_MIGRATION_THREADS", "3",
                "NAOBER_TENANTS_MIGRATION_USERNAME", "naober",
                "NAOBER_TENANTS_MIGRATION_PASSWORD", "geheim",
                "NAOBER_TENANTS_APP_ROLE", "naober_app"));

        assertThat(properties.migrationThreads()).isEqualTo(3);
        assertThat(properties.migration().username()).isEqualTo("naober");
        assertThat(properties.migration().password()).isEqualTo("geheim");
        assertThat(properties.migration().toString()).doesNotContain("geheim");
        assertThat(properties.appRole()).isEqualTo("naober_app");
    }

    @Test
    void withoutAMigrationLoginThereIsOneLogin() {
        TenancyProperties properties = bind(Map.of("NAOBER_TENANTS_MIGRATION_THREADS", "2"));

        assertThat(properties.migration().username()).isNull();
        assertThat(properties.appRole()).isNull();
    }

    private static TenancyProperties bind(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                environment));
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("naober.tenants",
                TenancyProperties.class);
    }
}
