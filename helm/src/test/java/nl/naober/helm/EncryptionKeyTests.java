package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import nl.naober.helm.RenderedChart.ValueSet;

/**
 * The master keys of personal data at rest reach app-web and app-worker only from the Secret
 * (a {@code secretKeyRef}, never a literal and never optional); their ids and the current key are
 * plain configuration. Rotation is a change of values that restarts the pods.
 */
class EncryptionKeyTests {

    private static final java.nio.file.Path VALUES = RenderedChart.TEST_VALUES;

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void theMasterKeyComesFromTheSecretAndOnlyToTheAppPods(ValueSet values) {
        RenderedChart chart = values.render();

        for (String component : List.of("app-web", "app-worker")) {
            Container app = container(chart, component);
            assertThat(secretRefs(app)).as(component).containsExactly(
                    Map.entry("NAOBER_PRIVACY_KEYS_0_SECRET", "naober-encryption-keys/k1"));
            assertThat(privacyEnv(app)).as(component).allSatisfy(env -> {
                assertThat(env.getValue()).as(env.getName()).isNull();
                assertThat(env.getValueFrom().getSecretKeyRef().getOptional()).as(env.getName()).isNotEqualTo(true);
            });
        }
        assertThat(privacyEnv(container(chart, "gateway"))).isEmpty();
        assertThat(appConfig(chart)).containsEntry("NAOBER_PRIVACY_KEYS_0_ID", "k1")
                .containsEntry("NAOBER_PRIVACY_CURRENTKEY", "k1")
                .doesNotContainKey("NAOBER_PRIVACY_KEYS_0_SECRET");
        assertThat(chart.yaml()).doesNotContainIgnoringCase("ALLOWDEVELOPMENTKEY")
                .doesNotContainIgnoringCase("allow-development-key");
    }

    @Test
    void aRotationAddsTheNewKeyFirstAndMakesItCurrentInASecondUpgrade() {
        RenderedChart before = ValueSet.DEFAULTS.render();
        RenderedChart added = RenderedChart.render(VALUES.resolve("encryption-two-keys.yaml"));
        RenderedChart rotated = RenderedChart.render(VALUES.resolve("encryption-rotated.yaml"));

        for (RenderedChart chart : List.of(added, rotated)) {
            assertThat(secretRefs(container(chart, "app-web"))).containsExactly(
                    Map.entry("NAOBER_PRIVACY_KEYS_0_SECRET", "naober-encryption-keys/k1"),
                    Map.entry("NAOBER_PRIVACY_KEYS_1_SECRET", "naober-encryption-keys/personal-data-2026"));
            assertThat(secretRefs(container(chart, "app-worker"))).hasSize(2);
            assertThat(appConfig(chart)).containsEntry("NAOBER_PRIVACY_KEYS_0_ID", "k1")
                    .containsEntry("NAOBER_PRIVACY_KEYS_1_ID", "k2026");
        }
        assertThat(appConfig(added)).containsEntry("NAOBER_PRIVACY_CURRENTKEY", "k1");
        assertThat(appConfig(rotated)).containsEntry("NAOBER_PRIVACY_CURRENTKEY", "k2026");
        // env from a ConfigMap is read when a container starts: each step must roll the pods
        assertThat(List.of(checksum(before), checksum(added), checksum(rotated))).doesNotHaveDuplicates();
    }

    @Test
    void aWrongKeyListIsRejectedBeforeAnythingIsApplied() {
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("encryption-unknown-current-key.yaml")))
                .hasMessageContaining("secrets.encryption.currentKey \"k2\" is not one of secrets.encryption.keys (k1)");
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("encryption-duplicate-key-id.yaml")))
                .hasMessageContaining("every key needs its own id (k1, k1)");
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("encryption-invalid-key-id.yaml")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("'/secrets/encryption/keys/0/id': 'k.1' does not match pattern");
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("encryption-no-keys.yaml")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("'/secrets/encryption/keys': minItems");
    }

    private static Container container(RenderedChart chart, String component) {
        return chart.deployment(component).getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static List<EnvVar> privacyEnv(Container container) {
        return Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(env -> env.getName().startsWith("NAOBER_PRIVACY_")).toList();
    }

    /** Every NAOBER_PRIVACY_ variable as name → secret/key, in order. */
    private static List<Map.Entry<String, String>> secretRefs(Container container) {
        return privacyEnv(container).stream().map(env -> {
            SecretKeySelector ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
            return Map.entry(env.getName(), ref == null ? "literal" : ref.getName() + "/" + ref.getKey());
        }).toList();
    }

    private static Map<String, String> appConfig(RenderedChart chart) {
        return chart.all(ConfigMap.class).stream().filter(map -> "app".equals(RenderedChart.component(map)))
                .findFirst().orElseThrow().getData();
    }

    private static String checksum(RenderedChart chart) {
        return chart.deployment("app-web").getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }
}
