package nl.naober.helm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;

/** The chart rendered with embedded Helm (helm-java) and parsed into fabric8 objects. */
record RenderedChart(String yaml, List<HasMetadata> objects) {

    static final Path CHART = Path.of("naober").toAbsolutePath();
    static final Path TEST_VALUES = Path.of("src/test/resources/values").toAbsolutePath();
    static final String RELEASE = "naober";

    /** Value sets the checks run against: defaults, production, and the variants that change topology. */
    enum ValueSet {
        DEFAULTS(),
        PRODUCTION(CHART.resolve("values-production.yaml")),
        EXISTING_DATABASE(TEST_VALUES.resolve("existing-database.yaml")),
        CNPG_WITH_POOLER(TEST_VALUES.resolve("cnpg-pooler.yaml")),
        INGRESS_OFF(TEST_VALUES.resolve("ingress-off.yaml"));

        final Path[] files;

        ValueSet(Path... files) {
            this.files = files;
        }

        RenderedChart render() {
            return RenderedChart.render(files);
        }
    }

    static RenderedChart render(Path... valuesFiles) {
        return parse(template(valuesFiles));
    }

    private static RenderedChart parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            boolean empty = document.lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"));
            if (!empty) {
                objects.add(Serialization.unmarshal(document));
            }
        }
        return new RenderedChart(yaml, objects);
    }

    /**
     * Renders the {@code helm test} hooks as ordinary objects: embedded Helm's template leaves hooks out,
     * so a copy of the chart without the hook annotation is rendered.
     */
    static RenderedChart renderHooks() {
        try {
            Path copy = Files.createTempDirectory("naober-chart");
            try (Stream<Path> files = Files.walk(CHART)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(CHART.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Path hooks = copy.resolve("templates/tests");
            try (Stream<Path> files = Files.list(hooks)) {
                for (Path hook : files.toList()) {
                    Files.writeString(hook, Files.readString(hook).replaceAll("(?m)^\\s*helm\\.sh/hook.*$", ""));
                }
            }
            String yaml = new Helm(copy).template().withName(RELEASE).withNamespace("naober").withKubeVersion("v1.31.0").call();
            return parse(yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String template(Path... valuesFiles) {
        for (Path file : valuesFiles) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no values file " + file);
            }
        }
        TemplateCommand command = new Helm(CHART).template().withName(RELEASE).withNamespace("naober").withKubeVersion("v1.31.0");
        Arrays.stream(valuesFiles).forEach(command::withValuesFile);
        return command.call();
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    Stream<HasMetadata> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind()));
    }

    Deployment deployment(String component) {
        return find(Deployment.class, d -> component.equals(component(d))).orElseThrow(
                () -> new AssertionError("no Deployment for component " + component));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, Predicate<T> predicate) {
        return all(type).stream().filter(predicate).findFirst();
    }

    /** Every pod spec: Deployments and bare Pods (the helm test hook). */
    List<Map.Entry<String, PodSpec>> podSpecs() {
        List<Map.Entry<String, PodSpec>> specs = new ArrayList<>();
        all(Deployment.class).forEach(d -> specs.add(Map.entry("Deployment/" + d.getMetadata().getName(),
                d.getSpec().getTemplate().getSpec())));
        all(Pod.class).forEach(p -> specs.add(Map.entry("Pod/" + p.getMetadata().getName(), p.getSpec())));
        return specs;
    }

    List<Map.Entry<String, Container>> containers() {
        List<Map.Entry<String, Container>> containers = new ArrayList<>();
        for (var spec : podSpecs()) {
            Stream.concat(spec.getValue().getContainers().stream(),
                    Optional.ofNullable(spec.getValue().getInitContainers()).orElse(List.of()).stream())
                    .forEach(c -> containers.add(Map.entry(spec.getKey() + "/" + c.getName(), c)));
        }
        return containers;
    }

    static String component(HasMetadata object) {
        return object.getMetadata().getLabels() == null ? null
                : object.getMetadata().getLabels().get("app.kubernetes.io/component");
    }

    /** Whether a label selector (matchLabels) selects the given labels. */
    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
