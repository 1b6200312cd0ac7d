package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import nl.naober.helm.RenderedChart.ValueSet;

class LabelsAndExposureTests {

    private static final List<String> STANDARD_LABELS = List.of("app.kubernetes.io/name", "app.kubernetes.io/instance",
            "app.kubernetes.io/component", "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by",
            "app.kubernetes.io/version", "helm.sh/chart");

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyObjectCarriesTheStandardLabelsOfItsReleaseAndComponent(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.objects()).isNotEmpty().allSatisfy(object -> {
            Map<String, String> labels = object.getMetadata().getLabels();
            assertThat(labels).as("labels of %s/%s", object.getKind(), object.getMetadata().getName())
                    .containsKeys(STANDARD_LABELS.toArray(String[]::new))
                    .containsEntry("app.kubernetes.io/name", "naober")
                    .containsEntry("app.kubernetes.io/instance", RenderedChart.RELEASE)
                    .containsEntry("app.kubernetes.io/part-of", "naober")
                    .containsEntry("app.kubernetes.io/managed-by", "Helm");
        });
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void deploymentSelectorsMatchTheirPodTemplatesAndNoOtherDeployment(ValueSet values) {
        RenderedChart chart = values.render();
        List<Deployment> deployments = chart.all(Deployment.class);

        assertThat(deployments).extracting(RenderedChart::component).containsExactlyInAnyOrder("gateway", "app-web", "app-worker");
        for (Deployment deployment : deployments) {
            Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
            assertThat(RenderedChart.selects(selector, deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .as("selector of %s selects its own pods", deployment.getMetadata().getName()).isTrue();
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsEntry("app.kubernetes.io/component", RenderedChart.component(deployment));
            deployments.stream().filter(other -> other != deployment).forEach(other -> assertThat(
                    RenderedChart.selects(selector, other.getSpec().getTemplate().getMetadata().getLabels()))
                    .as("%s selects pods of %s", deployment.getMetadata().getName(), other.getMetadata().getName()).isFalse());
        }
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void theWorkerIsNeitherBehindAServiceNorAnIngress(ValueSet values) {
        RenderedChart chart = values.render();
        Map<String, String> workerPods = chart.deployment("app-worker").getSpec().getTemplate().getMetadata().getLabels();

        assertThat(chart.all(Service.class)).isNotEmpty().allSatisfy(service -> assertThat(
                RenderedChart.selects(service.getSpec().getSelector(), workerPods))
                .as("Service %s selects worker pods", service.getMetadata().getName()).isFalse());
        List<String> ingressBackends = chart.all(Ingress.class).stream()
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService().getName()).toList();
        assertThat(ingressBackends).allMatch(name -> name.endsWith("-gateway"));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyServiceSelectsExactlyOneDeploymentsPods(ValueSet values) {
        RenderedChart chart = values.render();

        assertThat(chart.all(Service.class)).allSatisfy(service -> assertThat(chart.all(Deployment.class).stream()
                .filter(d -> RenderedChart.selects(service.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels())))
                .as("Deployments behind Service %s", service.getMetadata().getName()).hasSize(1));
    }

    @Test
    void theIngressServesEveryMunicipalityOnAWildcardHostWithTls() {
        Ingress ingress = ValueSet.DEFAULTS.render().all(Ingress.class).getFirst();

        assertThat(ingress.getSpec().getRules()).extracting(IngressRule::getHost).containsExactly("*.naober.example");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly("*.naober.example");
            assertThat(tls.getSecretName()).isEqualTo("naober-wildcard-tls");
        });
    }

    @Test
    void withIngressOffNothingIsExposedAndTheDeploymentsKeepTheirReplicas() {
        RenderedChart chart = ValueSet.INGRESS_OFF.render();

        assertThat(chart.all(Ingress.class)).isEmpty();
        assertThat(chart.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(chart.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isNotNull().isPositive());
    }

    @Test
    void gatewayAndAppWebScaleWithHorizontalPodAutoscalersAndEveryDeploymentHasADisruptionBudget() {
        RenderedChart chart = ValueSet.PRODUCTION.render();

        List<String> scaled = chart.ofKind("HorizontalPodAutoscaler").map(RenderedChart::component).toList();
        assertThat(scaled).containsExactlyInAnyOrder("gateway", "app-web");
        assertThat(chart.deployment("gateway").getSpec().getReplicas()).as("replicas are left to the HPA").isNull();
        List<String> budgets = chart.ofKind("PodDisruptionBudget").map(RenderedChart::component).toList();
        assertThat(budgets).containsExactlyInAnyOrder("gateway", "app-web", "app-worker");
        assertThat(chart.all(Deployment.class)).allSatisfy(d -> assertThat(
                d.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()).isNotNull());
    }

    @Test
    void aServiceMonitorIsRenderedOnlyWhenEnabled() {
        assertThat(ValueSet.DEFAULTS.render().ofKind("ServiceMonitor")).isEmpty();
        RenderedChart production = ValueSet.PRODUCTION.render();
        assertThat(production.ofKind("ServiceMonitor").map(RenderedChart::component)).containsExactlyInAnyOrder("gateway", "app-web");
        assertThat(production.ofKind("PodMonitor").map(RenderedChart::component)).containsExactly("app-worker");
    }

    @Test
    void theHelmTestHookChecksTheGatewayReadinessAsARestrictedNonRootPod() {
        io.fabric8.kubernetes.api.model.Pod hook = RenderedChart.renderHooks().all(io.fabric8.kubernetes.api.model.Pod.class)
                .getFirst();
        var container = hook.getSpec().getContainers().getFirst();

        assertThat(container.getCommand()).last().asString().isEqualTo("http://naober-gateway:8081/actuator/health/readiness");
        assertThat(hook.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(hook.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(RenderedChart.component(hook)).isEqualTo("test");
        assertThat(RenderedChart.CHART.resolve("templates/tests/gateway-health.yaml")).content().contains("helm.sh/hook: test");
    }
}
