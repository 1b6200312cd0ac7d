package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import nl.naober.helm.RenderedChart.ValueSet;

class NetworkPolicyTests {

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyDeploymentIsSelectedByExactlyOnePolicyThatRestrictsIngressAndEgress(ValueSet values) {
        RenderedChart chart = values.render();

        for (Deployment deployment : chart.all(Deployment.class)) {
            Map<String, String> pods = podLabels(deployment);
            List<NetworkPolicy> policies = chart.all(NetworkPolicy.class).stream()
                    .filter(p -> RenderedChart.selects(p.getSpec().getPodSelector().getMatchLabels(), pods)).toList();
            assertThat(policies).as("policies selecting %s", deployment.getMetadata().getName()).singleElement()
                    .satisfies(p -> assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress"));
        }
    }

    @Test
    void onlyTheIngressControllerAndTheHelmTestReachTheGateway() {
        RenderedChart chart = ValueSet.DEFAULTS.render();
        NetworkPolicy gateway = policyFor(chart, "gateway");

        List<NetworkPolicyPeer> peers = gateway.getSpec().getIngress().stream().flatMap(rule -> rule.getFrom().stream()).toList();
        assertThat(peers).hasSize(2);
        assertThat(peers.getFirst().getNamespaceSelector().getMatchLabels())
                .containsExactlyEntriesOf(Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
        assertThat(peers.getFirst().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "ingress-nginx");
        assertThat(peers.get(1).getNamespaceSelector()).isNull();
        assertThat(peers.get(1).getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/component", "test");
        assertThat(gateway.getSpec().getIngress().getFirst().getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(8081);
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void theAppIsReachableOnlyFromTheGatewayAndTheWorkerPods(ValueSet values) {
        RenderedChart chart = values.render();
        NetworkPolicy app = policyFor(chart, "app-web");
        List<NetworkPolicyPeer> peers = app.getSpec().getIngress().stream()
                .filter(rule -> rule.getFrom().stream().allMatch(peer -> peer.getNamespaceSelector() == null))
                .flatMap(rule -> rule.getFrom().stream()).toList();

        assertThat(peers).hasSize(2).allSatisfy(peer -> assertThat(peer.getIpBlock()).isNull());
        Map<String, String> gatewayPods = podLabels(chart.deployment("gateway"));
        Map<String, String> workerPods = podLabels(chart.deployment("app-worker"));
        Map<String, String> webPods = podLabels(chart.deployment("app-web"));
        assertThat(peers).anySatisfy(peer -> assertThat(RenderedChart.selects(peer.getPodSelector().getMatchLabels(), gatewayPods)).isTrue());
        assertThat(peers).anySatisfy(peer -> assertThat(RenderedChart.selects(peer.getPodSelector().getMatchLabels(), workerPods)).isTrue());
        assertThat(peers).noneSatisfy(peer -> assertThat(RenderedChart.selects(peer.getPodSelector().getMatchLabels(), webPods)).isTrue());
        // any other ingress rule admits only the monitoring namespace
        app.getSpec().getIngress().stream().flatMap(rule -> rule.getFrom().stream())
                .filter(peer -> peer.getNamespaceSelector() != null)
                .forEach(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsExactlyEntriesOf(Map.of("kubernetes.io/metadata.name", "monitoring")));
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void theWorkerAcceptsNoTrafficExceptScrapes(ValueSet values) {
        NetworkPolicy worker = policyFor(values.render(), "app-worker");

        assertThat(worker.getSpec().getIngress()).allSatisfy(rule -> assertThat(rule.getFrom()).singleElement()
                .satisfies(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "monitoring")));
    }

    @Test
    void theAppRolesMayReachTheConfiguredCaseSystemsAndNothingElseOutsideTheCluster() {
        RenderedChart chart = ValueSet.CNPG_WITH_POOLER.render();

        // the worker delivers intakes; app-web reads a zaak's status when the case system notifies
        for (String component : List.of("app-worker", "app-web")) {
            NetworkPolicy policy = policyFor(chart, component);
            List<String> cidrs = policy.getSpec().getEgress().stream().flatMap(rule -> rule.getTo().stream())
                    .filter(peer -> peer.getIpBlock() != null).map(peer -> peer.getIpBlock().getCidr()).toList();
            assertThat(cidrs).as(component).containsExactly("198.51.100.0/24", "203.0.113.7/32");
            assertThat(policy.getSpec().getEgress()).filteredOn(rule -> rule.getTo().stream().anyMatch(p -> p.getIpBlock() != null))
                    .singleElement().satisfies(rule -> assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal())
                            .containsExactly(443, 8443));
        }
        assertThat(policyFor(chart, "gateway").getSpec().getEgress()).allSatisfy(rule -> assertThat(rule.getTo())
                .noneSatisfy(peer -> assertThat(peer.getIpBlock()).isNotNull()));
    }

    @Test
    void databaseEgressGoesToThePoolerWhenEnabledAndToTheClusterOtherwise() {
        assertThat(databaseEgress(ValueSet.CNPG_WITH_POOLER.render())).containsEntry("cnpg.io/poolerName", "naober-db-pooler-rw");
        assertThat(databaseEgress(ValueSet.DEFAULTS.render())).containsEntry("cnpg.io/cluster", "naober-db");
    }

    @ParameterizedTest
    @EnumSource(ValueSet.class)
    void everyPodMayResolveNames(ValueSet values) {
        assertThat(values.render().all(NetworkPolicy.class)).allSatisfy(policy -> assertThat(policy.getSpec().getEgress())
                .anySatisfy(rule -> assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getProtocol, p -> p.getPort().getIntVal())
                        .contains(org.assertj.core.groups.Tuple.tuple("UDP", 53))));
    }

    private static Map<String, String> databaseEgress(RenderedChart chart) {
        return policyFor(chart, "app-web").getSpec().getEgress().stream()
                .filter(rule -> rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 5432))
                .flatMap(rule -> rule.getTo().stream()).findFirst().orElseThrow().getPodSelector().getMatchLabels();
    }

    private static NetworkPolicy policyFor(RenderedChart chart, String component) {
        Map<String, String> pods = podLabels(chart.deployment(component));
        return chart.all(NetworkPolicy.class).stream()
                .filter(p -> RenderedChart.selects(p.getSpec().getPodSelector().getMatchLabels(), pods)).findFirst().orElseThrow();
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }
}
