package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.utils.Serialization;
import nl.naober.helm.RenderedChart.ValueSet;

/**
 * How intakes reach the municipalities: exactly one role claims deliveries (the worker, or app-web
 * when there is no worker), each municipality's channel is plain configuration, and the ZGW
 * secrets reach the app only as a mounted Secret, never as values.
 */
class DeliveryConfigurationTests {

    private static final java.nio.file.Path VALUES = RenderedChart.TEST_VALUES;

    @Test
    void onlyTheWorkerDeliversWhenThereIsOne() {
        RenderedChart chart = ValueSet.DEFAULTS.render();

        assertThat(env(chart, "app-worker")).containsEntry("NAOBER_DELIVERY_WORKER_ENABLED", "true");
        assertThat(env(chart, "app-web")).containsEntry("NAOBER_DELIVERY_WORKER_ENABLED", "false");
    }

    @Test
    void appWebDeliversItselfWhenTheWorkerIsSwitchedOff() {
        RenderedChart chart = RenderedChart.render(VALUES.resolve("worker-off.yaml"));

        assertThat(chart.find(io.fabric8.kubernetes.api.model.apps.Deployment.class,
                d -> "app-worker".equals(RenderedChart.component(d)))).isEmpty();
        assertThat(env(chart, "app-web")).containsEntry("NAOBER_DELIVERY_WORKER_ENABLED", "true");
    }

    @Test
    void eachMunicipalitysChannelIsRenderedAsSpringConfiguration() {
        RenderedChart chart = RenderedChart.render(VALUES.resolve("delivery-zgw.yaml"));

        Map<String, Object> municipalities = municipalities(chart);
        assertThat(municipalities).containsOnlyKeys("dinkelland", "de-wolden");
        assertThat(municipalities.get("dinkelland")).isEqualTo(Map.of("channel", "ZGW", "zgw", Map.of(
                "catalogi-url", "https://zaken.dinkelland.example/catalogi/api/v1",
                "zaken-url", "https://zaken.dinkelland.example/zaken/api/v1",
                "documenten-url", "https://zaken.dinkelland.example/documenten/api/v1",
                "notificaties-url", "https://zaken.dinkelland.example/notificaties/api/v1",
                "client-id", "naober-dinkelland", "rsin", "823256443", "zaaktype", "WMO-MELDING")));
        assertThat(municipalities.get("de-wolden")).isEqualTo(Map.of("channel", "EMAIL",
                "email", Map.of("to", "wmo@dewolden.example", "from", "naober@naober.example")));
        assertThat(appConfig(chart).get("SPRING_CONFIG_IMPORT"))
                .isEqualTo("optional:file:/etc/naober/delivery/delivery.yaml,optional:configtree:/etc/naober/zgw/");
    }

    @Test
    void withoutMunicipalitiesEveryoneUsesTheInbox() {
        assertThat(municipalities(ValueSet.DEFAULTS.render())).isEmpty();
    }

    @Test
    void theZgwSecretsAreMountedReadOnlyInBothAppRolesAndNowhereElse() {
        RenderedChart chart = ValueSet.DEFAULTS.render();

        for (String component : List.of("app-web", "app-worker")) {
            PodSpec pod = chart.deployment(component).getSpec().getTemplate().getSpec();
            Volume zgw = pod.getVolumes().stream().filter(v -> "zgw".equals(v.getName())).findFirst().orElseThrow();
            assertThat(zgw.getSecret().getSecretName()).isEqualTo("naober-zgw-credentials");
            VolumeMount mount = pod.getContainers().getFirst().getVolumeMounts().stream()
                    .filter(m -> "zgw".equals(m.getName())).findFirst().orElseThrow();
            assertThat(mount.getMountPath()).isEqualTo("/etc/naober/zgw");
            assertThat(mount.getReadOnly()).isTrue();
        }
        PodSpec gateway = chart.deployment("gateway").getSpec().getTemplate().getSpec();
        assertThat(gateway.getVolumes()).noneSatisfy(v -> assertThat(v.getSecret()).isNotNull()
                .satisfies(s -> assertThat(s.getSecretName()).isEqualTo("naober-zgw-credentials")));
    }

    @Test
    void aSecretInTheValuesIsRejected() {
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("delivery-secret-in-values.yaml")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("/app/delivery/municipalities/dinkelland/zgw")
                .hasMessageContaining("'secret'");
    }

    @Test
    void aChangedChannelRollsTheAppPods() {
        String before = checksum(ValueSet.DEFAULTS.render());
        String after = checksum(RenderedChart.render(VALUES.resolve("delivery-zgw.yaml")));

        assertThat(after).isNotEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> municipalities(RenderedChart chart) {
        ConfigMap delivery = chart.all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().endsWith("-delivery")).findFirst().orElseThrow();
        Map<String, Object> yaml = Serialization.unmarshal(delivery.getData().get("delivery.yaml"), Map.class);
        Map<String, Object> naober = (Map<String, Object>) yaml.get("naober");
        Map<String, Object> settings = (Map<String, Object>) naober.get("delivery");
        return (Map<String, Object>) settings.get("municipalities");
    }

    private static Map<String, String> env(RenderedChart chart, String component) {
        Container app = chart.deployment(component).getSpec().getTemplate().getSpec().getContainers().getFirst();
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (EnvVar var : Objects.requireNonNullElse(app.getEnv(), List.<EnvVar>of())) {
            env.put(var.getName(), var.getValue());
        }
        return env;
    }

    private static Map<String, String> appConfig(RenderedChart chart) {
        return chart.all(ConfigMap.class).stream().filter(map -> map.getMetadata().getName().endsWith("-app"))
                .findFirst().orElseThrow().getData();
    }

    private static String checksum(RenderedChart chart) {
        return chart.deployment("app-web").getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }
}
