package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import nl.naober.helm.RenderedChart.ValueSet;

class RealmAndSizingTests {

    private static final Path DEV_REALM = Path.of("../platform/devservices/src/main/resources/keycloak/naober-realm.json");
    private static final Path CHART_REALM = RenderedChart.CHART.resolve("files/naober-realm.json");
    private static final Set<String> TEST_ONLY_CLIENTS = Set.of("naober-tests");

    @Test
    void theProductionRealmAgreesWithTheDevelopmentRealmOnRolesClientsAndTheServiceAccount() throws IOException {
        Map<String, Object> dev = json(DEV_REALM);
        Map<String, Object> prod = json(CHART_REALM);

        assertThat(prod.get("realm")).isEqualTo(dev.get("realm"));
        assertThat(prod.get("organizationsEnabled")).isEqualTo(dev.get("organizationsEnabled"));
        assertThat(prod.get("roles")).isEqualTo(dev.get("roles"));
        Map<String, Map<String, Object>> devClients = byKey(list(dev, "clients"), "clientId");
        TEST_ONLY_CLIENTS.forEach(devClients::remove);
        assertThat(byKey(list(prod, "clients"), "clientId")).isEqualTo(devClients);
        List<Map<String, Object>> devServiceAccounts = list(dev, "users").stream()
                .filter(user -> user.containsKey("serviceAccountClientId")).toList();
        assertThat(list(prod, "users")).isEqualTo(devServiceAccounts);
    }

    @Test
    void theProductionRealmHoldsNoTestClientNoDemoUserAndNoPasswords() throws IOException {
        String realm = Files.readString(CHART_REALM);

        assertThat(realm).doesNotContain("naober-tests", "platformbeheer", "NAOBER_DEMO_PASSWORD", "\"credentials\"");
        assertThat(list(json(CHART_REALM), "clients")).allSatisfy(client ->
                assertThat(client.get("directAccessGrantsEnabled")).isEqualTo(false));
    }

    /**
     * docs/scaling.md: every pool at its maximum (HPA at max replicas), the start-up migration pools of
     * a rolling update's surge, Keycloak's pools and PostgreSQL's own reserve stay below max_connections.
     */
    @Test
    void productionConnectionPoolsAtFullScaleFitInPostgresMaxConnections() {
        RenderedChart chart = ValueSet.PRODUCTION.render();
        Map<String, Map<String, Object>> hpas = chart.custom("HorizontalPodAutoscaler").isEmpty()
                ? chart.ofKind("HorizontalPodAutoscaler").collect(Collectors.toMap(RenderedChart::component,
                        h -> Serialization.unmarshal(Serialization.asYaml(h), Map.class)))
                : Map.of();
        int webMax = maxReplicas(hpas, "app-web");
        int gatewayMax = maxReplicas(hpas, "gateway");
        int workers = chart.deployment("app-worker").getSpec().getReplicas();
        Map<String, String> app = configMap(chart, "naober-app");
        Map<String, String> gateway = configMap(chart, "naober-gateway");
        int appPool = Integer.parseInt(app.get("NAOBER_DB_POOL_SIZE"));
        int gatewayPool = Integer.parseInt(gateway.get("NAOBER_GATEWAY_DB_POOL_SIZE"));
        int migrationThreads = Integer.parseInt(app.get("NAOBER_TENANTS_MIGRATION_THREADS"));
        GenericKubernetesResource keycloak = chart.custom("Keycloak").getFirst();
        int keycloakConnections = keycloak.<Integer>get("spec", "instances") * keycloak.<Integer>get("spec", "db", "poolMaxSize");
        int surge = (int) Math.ceil(webMax * 0.25) + (int) Math.ceil(workers * 0.25); // maxSurge 25%: pods migrating at once
        int migrations = surge * 2 * migrationThreads; // Flyway holds two connections per schema (ADR 0002)
        int reserve = 10; // superuser_reserved_connections, replication, CNPG's own connections
        int maxConnections = Integer.parseInt(chart.custom("Cluster").getFirst()
                .<String>get("spec", "postgresql", "parameters", "max_connections"));

        int needed = webMax * appPool + workers * appPool + gatewayMax * gatewayPool + keycloakConnections + migrations + reserve;

        assertThat(webMax).isGreaterThanOrEqualTo(6);
        assertThat(needed).as("connections at full scale (docs/scaling.md)").isLessThanOrEqualTo(maxConnections);
        assertThat(chart.all(Deployment.class)).allSatisfy(d -> assertThat(
                d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%"));
    }

    @SuppressWarnings("unchecked")
    private static int maxReplicas(Map<String, Map<String, Object>> hpas, String component) {
        return (Integer) ((Map<String, Object>) hpas.get(component).get("spec")).get("maxReplicas");
    }

    private static Map<String, String> configMap(RenderedChart chart, String name) {
        return chart.all(ConfigMap.class).stream().filter(cm -> cm.getMetadata().getName().equals(name))
                .findFirst().orElseThrow().getData();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws IOException {
        return Serialization.unmarshal(Files.readString(file), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> realm, String key) {
        return (List<Map<String, Object>>) realm.get(key);
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> items, String key) {
        return items.stream().collect(Collectors.toMap(item -> (String) item.get(key), Function.identity()));
    }
}
