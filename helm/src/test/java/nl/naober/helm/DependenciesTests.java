package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import nl.naober.helm.RenderedChart.ValueSet;

class DependenciesTests {

    @Test
    void byDefaultTheAppsConnectDirectlyToTheCloudNativePgPrimaryWithItsGeneratedSecret() {
        RenderedChart chart = ValueSet.DEFAULTS.render();

        GenericKubernetesResource cluster = chart.custom("Cluster").getFirst();
        assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.getMetadata().getName()).isEqualTo("naober-db");
        assertThat(chart.custom("Pooler")).isEmpty();
        assertThat(config(chart, "naober-app")).containsEntry("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://naober-db-rw:5432/naober?sslmode=require");
        assertThat(config(chart, "naober-gateway")).containsEntry("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://naober-db-rw:5432/naober?sslmode=require");
        assertThat(chart.yaml()).contains("name: naober-db-app");
    }

    @Test
    void theCloudNativePgPoolerRunsInSessionModeAndTheAppsGoThroughIt() {
        RenderedChart chart = ValueSet.CNPG_WITH_POOLER.render();

        GenericKubernetesResource pooler = chart.custom("Pooler").getFirst();
        assertThat(pooler.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(pooler.<String>get("spec", "pgbouncer", "poolMode")).isEqualTo("session");
        assertThat(pooler.<String>get("spec", "cluster", "name")).isEqualTo("naober-db");
        assertThat(pooler.getMetadata().getName()).isNotEqualTo("naober-db");
        assertThat(config(chart, "naober-app").get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://naober-db-pooler-rw:5432/");
        assertThat(chart.custom("Keycloak").getFirst().<String>get("spec", "db", "host"))
                .as("Keycloak bypasses the pooler").isEqualTo("naober-db-rw");
    }

    @Test
    void anExistingDatabaseAndKeycloakReplaceTheOperatorsResources() {
        RenderedChart chart = ValueSet.EXISTING_DATABASE.render();

        assertThat(chart.custom("Cluster")).isEmpty();
        assertThat(chart.custom("Pooler")).isEmpty();
        assertThat(chart.custom("Keycloak")).isEmpty();
        assertThat(chart.custom("KeycloakRealmImport")).isEmpty();
        assertThat(config(chart, "naober-app"))
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres.databases.svc.cluster.local:5432/naober?sslmode=require")
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://login.gemeente.example/realms/naober")
                .containsEntry("NAOBER_KEYCLOAK_SERVER_URL", "https://login.gemeente.example");
        assertThat(chart.yaml()).contains("name: naober-database").doesNotContain("naober-db-app");
        assertThat(chart.all(ConfigMap.class)).anySatisfy(cm -> assertThat(cm.getData()).containsKey("naober-realm.json"));
    }

    @Test
    void keycloakRunsThroughTheOperatorOnTheSamePostgresAndImportsTheProductionRealmWithSecretPlaceholders() {
        RenderedChart chart = ValueSet.DEFAULTS.render();

        GenericKubernetesResource keycloak = chart.custom("Keycloak").getFirst();
        assertThat(keycloak.getApiVersion()).isEqualTo("k8s.keycloak.org/v2beta1");
        assertThat(keycloak.<String>get("spec", "db", "vendor")).isEqualTo("postgres");
        assertThat(keycloak.<String>get("spec", "db", "usernameSecret", "name")).isEqualTo("naober-db-app");
        assertThat(keycloak.<String>get("spec", "hostname", "hostname")).isEqualTo("https://login.naober.example");
        GenericKubernetesResource realmImport = chart.custom("KeycloakRealmImport").getFirst();
        assertThat(realmImport.<String>get("spec", "keycloakCRName")).isEqualTo(keycloak.getMetadata().getName());
        assertThat(realmImport.<String>get("spec", "placeholders", "NAOBER_GATEWAY_CLIENT_SECRET", "secret", "name"))
                .isEqualTo("naober-keycloak-clients");
        List<Map<String, Object>> clients = realmImport.get("spec", "realm", "clients");
        assertThat(clients).extracting(c -> c.get("clientId")).containsExactlyInAnyOrder("naober-gateway", "naober-app");
        assertThat(clients).extracting(c -> c.get("secret"))
                .containsExactlyInAnyOrder("${NAOBER_GATEWAY_CLIENT_SECRET}", "${NAOBER_APP_CLIENT_SECRET}");
        assertThat(config(chart, "naober-app")).containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                "https://login.naober.example/realms/naober");
        assertThat(config(chart, "naober-gateway")).containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUER_URI",
                "https://login.naober.example/realms/naober");
    }

    @Test
    void theRealmConfigMapHasNoDemoUserNoTestClientAndNoUnresolvedNonSecretPlaceholder() {
        String realm = ValueSet.DEFAULTS.render().all(ConfigMap.class).stream()
                .filter(cm -> cm.getData().containsKey("naober-realm.json")).findFirst().orElseThrow()
                .getData().get("naober-realm.json");

        assertThat(realm).doesNotContain("naober-tests", "platformbeheer", "NAOBER_DEMO_PASSWORD", "NAOBER_SMTP", "NAOBER_GATEWAY_URL")
                .contains("\"host\": \"smtp.naober.example\"", "https://www.naober.example/*", "${NAOBER_APP_CLIENT_SECRET}");
    }

    private static Map<String, String> config(RenderedChart chart, String name) {
        return chart.all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().equals(name))
                .findFirst().orElseThrow().getData();
    }
}
