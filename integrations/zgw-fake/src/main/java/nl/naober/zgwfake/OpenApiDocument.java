package nl.naober.zgwfake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One official OpenAPI document (e.g. zaken-api-1.5.1.yaml) loaded from the classpath: finds the operation
 * for a method and path and validates bodies against its schemas, converted per direction by
 * {@link SchemaConverter}.
 */
final class OpenApiDocument {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final String name;
    private final JsonNode document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final Map<SchemaConverter.Direction, ObjectNode> definitions = new ConcurrentHashMap<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final SchemaRegistry registry;

    record PathTemplate(String template, Pattern pattern, List<String> variables, JsonNode item) {

        static PathTemplate of(String template, JsonNode item) {
            StringBuilder regex = new StringBuilder("^");
            List<String> variables = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(template);
            int last = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
                variables.add(matcher.group(1));
                last = matcher.end();
            }
            regex.append(Pattern.quote(template.substring(last))).append("/?$");
            return new PathTemplate(template, Pattern.compile(regex.toString()), variables, item);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_]+)\\}");

    /** An operation found for a request: its spec node and the values of the path's variables. */
    record Operation(OpenApiDocument document, String method, String template, JsonNode node,
            Map<String, String> pathVariables) {
    }

    OpenApiDocument(String classpathLocation) {
        this.name = classpathLocation;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document missing on the classpath: " + classpathLocation);
            }
            this.document = YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            paths.add(PathTemplate.of(path.getKey(), path.getValue()));
        }
        // longer literal templates first, so /zaken/_zoek wins over /zaken/{uuid}
        paths.sort((a, b) -> Long.compare(literalLength(b.template()), literalLength(a.template())));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(config));
    }

    private static long literalLength(String template) {
        return template.replaceAll("\\{[^}]+\\}", "").length();
    }

    String name() {
        return name;
    }

    JsonNode document() {
        return document;
    }

    Optional<Operation> find(String method, String relativePath) {
        for (PathTemplate path : paths) {
            Matcher matcher = path.pattern().matcher(relativePath);
            JsonNode operation = path.item().get(method.toLowerCase());
            if (matcher.matches() && operation != null) {
                Map<String, String> variables = new java.util.LinkedHashMap<>();
                for (int i = 0; i < path.variables().size(); i++) {
                    variables.put(path.variables().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Operation(this, method, path.template(), operation, variables));
            }
        }
        return Optional.empty();
    }

    /** Resolves a {@code $ref} to {@code #/components/...} (request bodies, parameters, responses). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /** Validates a JSON value against a schema node taken from this document (may be a {@code $ref}). */
    List<Error> validate(JsonNode schemaNode, JsonNode value, SchemaConverter.Direction direction) {
        String key = direction + ":" + schemaNode.toString();
        Schema schema = compiled.computeIfAbsent(key, k -> compile(schemaNode, direction));
        return schema.validate(value);
    }

    /** Validates against a named component schema, e.g. "Notificatie". */
    List<Error> validateNamed(String schemaName, JsonNode value, SchemaConverter.Direction direction) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + schemaName);
        return validate(ref, value, direction);
    }

    private Schema compile(JsonNode schemaNode, SchemaConverter.Direction direction) {
        ObjectNode defs = definitions.computeIfAbsent(direction,
                d -> new SchemaConverter(document.path("components").path("schemas"), d).definitions());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2019-09/schema");
        root.put("$id", "urn:zgw-fake:" + name.replace('/', ':') + ":" + direction.name().toLowerCase());
        JsonNode converted = new SchemaConverter(document.path("components").path("schemas"), direction)
                .convert(schemaNode);
        root.set("allOf", JsonNodeFactory.instance.arrayNode().add(converted));
        root.set("$defs", defs);
        return registry.getSchema(root);
    }
}
