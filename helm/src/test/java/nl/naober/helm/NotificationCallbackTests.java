package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import nl.naober.helm.RenderedChart.ValueSet;

/**
 * Where the municipalities' case systems call Naober back (the ZGW notifications webhook): the
 * address the worker registers the abonnementen with comes from a value, by default the public
 * {@code www} host, and a notification sent there passes the ingress and the gateway's network
 * policy like every public request; the case systems never reach an app pod directly.
 */
class NotificationCallbackTests {

    private static final java.nio.file.Path VALUES = RenderedChart.TEST_VALUES;
    private static final String CALLBACK = "NAOBER_DELIVERY_NOTIFICATIONS_CALLBACKBASEURL";

    @Test
    void theCallbackIsThePublicWwwHostByDefault() {
        assertThat(appConfig(ValueSet.DEFAULTS.render())).containsEntry(CALLBACK, "https://www.naober.example");
    }

    @Test
    void aValueSetsTheCallbackAndRollsTheAppPods() {
        RenderedChart chart = RenderedChart.render(VALUES.resolve("delivery-callback.yaml"));

        assertThat(appConfig(chart)).containsEntry(CALLBACK, "https://meldingen.naober.example");
        assertThat(checksum(chart)).isNotEqualTo(checksum(ValueSet.DEFAULTS.render()));
    }

    @Test
    void aCallbackThatIsNotHttpsOrEndsInASlashIsRejected() {
        // the case system sends the municipality's notification token to it: never in clear text
        for (String file : List.of("delivery-callback-http.yaml", "delivery-callback-trailing-slash.yaml")) {
            assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve(file))).as(file)
                    .hasMessageContaining("values don't meet the specifications of the schema")
                    .hasMessageContaining("/app/delivery/notifications")
                    .hasMessageContaining("callbackBaseUrl");
        }
    }

    @Test
    void theDefaultCallbackHostIsServedByTheIngressOnEveryPathToTheGateway() {
        RenderedChart chart = ValueSet.DEFAULTS.render();
        String host = URI.create(appConfig(chart).get(CALLBACK)).getHost();
        Ingress ingress = chart.all(Ingress.class).getFirst();

        IngressRule rule = ingress.getSpec().getRules().stream().filter(r -> matches(r.getHost(), host))
                .findFirst().orElseThrow(() -> new AssertionError("no ingress rule for " + host));
        HTTPIngressPath path = rule.getHttp().getPaths().getFirst();
        assertThat(path.getPath()).isEqualTo("/");
        assertThat(path.getPathType()).isEqualTo("Prefix");
        Service gateway = chart.all(Service.class).stream().filter(svc -> "gateway".equals(RenderedChart.component(svc)))
                .findFirst().orElseThrow();
        assertThat(path.getBackend().getService().getName()).isEqualTo(gateway.getMetadata().getName());
        assertThat(ingress.getSpec().getTls()).anySatisfy(tls -> assertThat(tls.getHosts())
                .anyMatch(tlsHost -> matches(tlsHost, host)));
    }

    @Test
    void caseSystemsReachTheWebhookOnlyThroughTheIngressControllerNeverAnAppPodDirectly() {
        RenderedChart chart = RenderedChart.render(VALUES.resolve("delivery-zgw.yaml"), VALUES.resolve("case-systems.yaml"));

        NetworkPolicy gateway = policy(chart, "gateway");
        List<NetworkPolicyPeer> toGateway = gateway.getSpec().getIngress().stream()
                .flatMap(rule -> rule.getFrom().stream()).toList();
        assertThat(toGateway).anySatisfy(peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
        for (String component : List.of("gateway", "app-web", "app-worker")) {
            NetworkPolicy policy = policy(chart, component);
            assertThat(java.util.Objects.requireNonNullElse(policy.getSpec().getIngress(), List.of())).as(component)
                    .allSatisfy(rule -> assertThat(rule.getFrom()).allSatisfy(peer -> assertThat(peer.getIpBlock()).isNull()));
        }
        // the case systems' CIDRs are egress only: app-web reads a zaak's status, the worker delivers
        assertThat(policy(chart, "app-web").getSpec().getEgress()).anySatisfy(rule -> assertThat(rule.getTo())
                .anySatisfy(peer -> assertThat(peer.getIpBlock()).isNotNull().extracting(IPBlock::getCidr)
                        .isEqualTo("198.51.100.0/24")));
    }

    private static boolean matches(String pattern, String host) {
        return pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) && host.indexOf('.') == host.length()
                - pattern.length() + 1 : pattern.equals(host);
    }

    private static NetworkPolicy policy(RenderedChart chart, String component) {
        return chart.all(NetworkPolicy.class).stream().filter(p -> component.equals(RenderedChart.component(p)))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> appConfig(RenderedChart chart) {
        return chart.all(ConfigMap.class).stream().filter(map -> map.getMetadata().getName().endsWith("-app"))
                .findFirst().orElseThrow().getData();
    }

    private static String checksum(RenderedChart chart) {
        return chart.deployment("app-web").getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }
}
