package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import nl.naober.helm.RenderedChart.ValueSet;

class ContainerSecurityTests {

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyPodRunsAsNonRootWithTheRuntimeDefaultSeccompProfile(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.podSpecs()).isNotEmpty().allSatisfy(entry -> {
            PodSpec pod = entry.getValue();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(entry.getKey()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(entry.getKey()).isPositive();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(entry.getKey()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(entry.getKey()).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyContainerHasAReadOnlyRootFilesystemDropsAllCapabilitiesAndWritesOnlyToTmpVolumes(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.containers()).isNotEmpty().allSatisfy(entry -> {
            SecurityContext security = entry.getValue().getSecurityContext();
            assertThat(security.getRunAsNonRoot()).as(entry.getKey()).isTrue();
            assertThat(security.getReadOnlyRootFilesystem()).as(entry.getKey()).isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as(entry.getKey()).isFalse();
            assertThat(security.getCapabilities().getDrop()).as(entry.getKey()).containsExactly("ALL");
            assertThat(security.getCapabilities().getAdd()).as(entry.getKey()).isNullOrEmpty();
            assertThat(entry.getValue().getVolumeMounts()).as(entry.getKey())
                    .anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
        });
        assertThat(chart.podSpecs()).allSatisfy(entry -> assertThat(entry.getValue().getVolumes()).as(entry.getKey())
                .anySatisfy(volume -> {
                    assertThat(volume.getName()).isEqualTo("tmp");
                    assertThat(volume.getEmptyDir()).isNotNull();
                }));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyContainerHasCpuAndMemoryRequestsAndLimits(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.containers()).isNotEmpty().allSatisfy(entry -> {
            var resources = entry.getValue().getResources();
            assertThat(resources.getRequests()).as("requests of %s", entry.getKey()).containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).as("limits of %s", entry.getKey()).containsKeys("cpu", "memory");
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyLongRunningContainerHasStartupLivenessAndReadinessProbesOnTheActuatorHealthGroups(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.all(Deployment.class)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(deployment -> {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String name = deployment.getMetadata().getName() + "/" + container.getName();
                assertThat(path(container.getStartupProbe())).as("startup probe of %s", name).isEqualTo("/actuator/health/liveness");
                assertThat(path(container.getLivenessProbe())).as("liveness probe of %s", name).isEqualTo("/actuator/health/liveness");
                assertThat(path(container.getReadinessProbe())).as("readiness probe of %s", name).isEqualTo("/actuator/health/readiness");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void noSecretValueIsRenderedOnlyReferencesToExistingSecrets(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.all(Secret.class)).allSatisfy(secret -> {
            assertThat(secret.getData()).as("data of Secret %s", secret.getMetadata().getName()).isNullOrEmpty();
            assertThat(secret.getStringData()).as("stringData of Secret %s", secret.getMetadata().getName()).isNullOrEmpty();
        });
        List<Map.Entry<String, Container>> containers = chart.containers();
        assertThat(containers).allSatisfy(entry -> {
            for (EnvVar env : entry.getValue().getEnv() == null ? List.<EnvVar>of() : entry.getValue().getEnv()) {
                if (env.getName().matches(".*(SECRET|PASSWORD|USERNAME|KEY).*")) {
                    assertThat(env.getValue()).as("%s in %s must come from a Secret", env.getName(), entry.getKey()).isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as("%s in %s", env.getName(), entry.getKey()).isNotNull();
                }
            }
        });
        assertThat(chart.yaml()).doesNotContainIgnoringCase("password:").doesNotContain("kind: Secret");
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void appPodsTellTheirRoleAndShareOneImage(ValueSet values) {
        RenderedChart chart = values.render();
        Container web = chart.deployment("app-web").getSpec().getTemplate().getSpec().getContainers().getFirst();
        Container worker = chart.deployment("app-worker").getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(web.getImage()).isEqualTo(worker.getImage()).contains("/naober-app:");
        assertThat(web.getEnv()).anySatisfy(env -> assertThat(env).extracting("name", "value").containsExactly("NAOBER_ROLE", "web"));
        assertThat(worker.getEnv()).anySatisfy(env -> assertThat(env).extracting("name", "value").containsExactly("NAOBER_ROLE", "worker"));
    }

    private static String path(Probe probe) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        return get == null ? null : get.getPath();
    }
}
