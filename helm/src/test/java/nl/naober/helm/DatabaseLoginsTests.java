package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import nl.naober.helm.RenderedChart.ValueSet;

/**
 * Two database logins (ADR 0005): the app's request pool logs in with a restricted login, its
 * migrations with the owner login; both come from existing Secrets, never from values.
 */
class DatabaseLoginsTests {

    private static final String RESTRICTED = "SPRING_DATASOURCE_";
    private static final String OWNER = "NAOBER_TENANTS_MIGRATION_";

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void appPodsTakeTheRestrictedLoginAndTheMigrationLoginFromTwoExistingSecrets(ValueSet values) {
        RenderedChart chart = values.render();
        boolean existing = values == ValueSet.EXISTING_DATABASE;
        String appSecret = existing ? "naober-database" : "naober-db-naober-app";
        String ownerSecret = existing ? "naober-database-owner" : "naober-db-app";

        for (String component : List.of("app-web", "app-worker")) {
            Map<String, EnvVar> env = env(chart.deployment(component).getSpec().getTemplate().getSpec()
                    .getContainers().getFirst());
            assertSecretRef(env, RESTRICTED + "USERNAME", appSecret, "username");
            assertSecretRef(env, RESTRICTED + "PASSWORD", appSecret, "password");
            assertSecretRef(env, OWNER + "USERNAME", ownerSecret, "username");
            assertSecretRef(env, OWNER + "PASSWORD", ownerSecret, "password");
        }
        Map<String, EnvVar> gateway = env(chart.deployment("gateway").getSpec().getTemplate().getSpec()
                .getContainers().getFirst());
        assertSecretRef(gateway, RESTRICTED + "USERNAME", ownerSecret, "username");
        assertSecretRef(gateway, RESTRICTED + "PASSWORD", ownerSecret, "password");
        assertThat(gateway).doesNotContainKeys(OWNER + "USERNAME", OWNER + "PASSWORD");
        assertThat(chart.yaml()).doesNotContainIgnoringCase("password:").doesNotContain("kind: Secret");
    }

    @Test
    void cloudNativePgDeclaresTheAppRoleAsALoginWithoutPrivilegesAndItsPasswordFromTheSecret() {
        RenderedChart chart = ValueSet.DEFAULTS.render();

        GenericKubernetesResource cluster = chart.custom("Cluster").getFirst();
        assertThat(cluster.<String>get("spec", "bootstrap", "initdb", "owner")).isEqualTo("naober");
        List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
        assertThat(roles).singleElement().satisfies(role -> {
            assertThat(role).containsEntry("name", "naober_app").containsEntry("ensure", "present")
                    .containsEntry("login", true).containsEntry("superuser", false).containsEntry("createdb", false)
                    .containsEntry("createrole", false).containsEntry("replication", false)
                    .containsEntry("bypassrls", false).doesNotContainKeys("inRoles", "password");
            assertThat(role.get("passwordSecret")).isEqualTo(Map.of("name", "naober-db-naober-app"));
        });
        assertThat(chart.custom("Keycloak").getFirst().<String>get("spec", "db", "usernameSecret", "name"))
                .as("Keycloak owns its schema").isEqualTo("naober-db-app");
    }

    @Test
    void anExistingDatabaseNeedsTheMigrationLoginNamed() {
        assertThatThrownBy(() -> RenderedChart.template(
                RenderedChart.TEST_VALUES.resolve("existing-database-without-migration-login.yaml")))
                .hasMessageContaining("secrets.migrationDatabase.name");
    }

    @Test
    void oneLoginForEverythingIsAnExplicitChoice() {
        RenderedChart chart = RenderedChart.render(RenderedChart.TEST_VALUES.resolve("single-login.yaml"));

        assertThat(chart.custom("Cluster").getFirst().<Object>get("spec", "managed")).isNull();
        Map<String, EnvVar> env = env(chart.deployment("app-web").getSpec().getTemplate().getSpec()
                .getContainers().getFirst());
        assertSecretRef(env, RESTRICTED + "USERNAME", "naober-db-app", "username");
        assertSecretRef(env, OWNER + "USERNAME", "naober-db-app", "username");
    }

    private static Map<String, EnvVar> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    private static void assertSecretRef(Map<String, EnvVar> env, String name, String secret, String key) {
        assertThat(env).containsKey(name);
        EnvVar variable = env.get(name);
        assertThat(variable.getValue()).as("%s must not be a literal", name).isNull();
        SecretKeySelector ref = variable.getValueFrom().getSecretKeyRef();
        assertThat(ref).as("%s comes from a Secret", name).isNotNull();
        assertThat(ref.getName()).as("Secret of %s", name).isEqualTo(secret);
        assertThat(ref.getKey()).as("key of %s", name).isEqualTo(key);
    }
}
