package nl.naober.zgwfake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validates requests and responses against the official documents: the operation must exist, query
 * parameters must be declared and match their schema, the body must match the request schema; a response
 * must use a declared status code and content type and its body must match the response schema.
 */
@Component
class SpecValidation {

    private final Map<ZgwApi, OpenApiDocument> documents = new EnumMap<>(ZgwApi.class);
    private final OpenApiDocument webhook = new OpenApiDocument("/zgw/notificaties-consumer-webhook-1.0.0-rc1.yaml");

    SpecValidation() {
        for (ZgwApi api : ZgwApi.values()) {
            documents.put(api, new OpenApiDocument(api.specLocation()));
        }
    }

    Optional<OpenApiDocument.Operation> operation(ZgwApi api, String method, String path) {
        return documents.get(api).find(method, path.substring(api.basePath().length()));
    }

    /** Header parameters the operation declares as required, e.g. Accept-Crs and Content-Crs. */
    Set<String> requiredHeaders(OpenApiDocument.Operation operation) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode parameter : parameters(operation)) {
            if ("header".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
                names.add(parameter.path("name").asString());
            }
        }
        return names;
    }

    List<InvalidParam> validateQuery(OpenApiDocument.Operation operation, Map<String, String[]> query) {
        List<InvalidParam> errors = new ArrayList<>();
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        for (JsonNode parameter : parameters(operation)) {
            if ("query".equals(parameter.path("in").asString())) {
                declared.put(parameter.path("name").asString(), parameter);
            }
        }
        List<String> unknown = query.keySet().stream().filter(name -> !declared.containsKey(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidParam("nonFieldErrors", "unknown-parameters",
                    "Onbekende query parameters: " + String.join(", ", unknown)));
        }
        for (Map.Entry<String, JsonNode> entry : declared.entrySet()) {
            String[] values = query.get(entry.getKey());
            JsonNode schema = entry.getValue().path("schema");
            if (values == null || values.length == 0) {
                if (entry.getValue().path("required").asBoolean(false)) {
                    errors.add(new InvalidParam(entry.getKey(), "required", "Dit veld is vereist."));
                }
                continue;
            }
            JsonNode value = queryValue(schema, values[0], operation.document());
            if (value == null) {
                errors.add(new InvalidParam(entry.getKey(), "invalid", "Voer een geldige waarde in."));
                continue;
            }
            for (Error error : operation.document().validate(schema, value, SchemaConverter.Direction.REQUEST)) {
                errors.add(toParam(error, entry.getKey()));
            }
        }
        return dedupe(errors);
    }

    private JsonNode queryValue(JsonNode schema, String raw, OpenApiDocument document) {
        JsonNode resolved = document.resolve(schema);
        String type = resolved.path("type").asString("string");
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (type) {
            case "integer" -> {
                try {
                    return nodes.numberNode(Long.parseLong(raw));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            case "number" -> {
                try {
                    return nodes.numberNode(Double.parseDouble(raw));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            case "boolean" -> {
                return "true".equals(raw) || "false".equals(raw) ? nodes.booleanNode(Boolean.parseBoolean(raw)) : null;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                for (String part : raw.split(",")) {
                    array.add(part);
                }
                return array;
            }
            default -> {
                return nodes.stringNode(raw);
            }
        }
    }

    /** Parses and validates a JSON request body; returns it, or throws a ValidatieFout. */
    JsonNode validateBody(OpenApiDocument.Operation operation, byte[] body) {
        JsonNode requestBody = operation.document().resolve(operation.node().get("requestBody"));
        if (requestBody == null) {
            return null;
        }
        JsonNode schema = requestBody.path("content").path("application/json").get("schema");
        if (schema == null) {
            return null;
        }
        JsonNode value;
        try {
            value = body.length == 0 ? null : Problems.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ZgwException(400, "parse_error", "Malformed request.",
                    "JSON parse error - " + e.getOriginalMessage(), List.of());
        }
        if (value == null || value.isMissingNode()) {
            throw ZgwException.validation("nonFieldErrors", "required", "Een request body is vereist.");
        }
        List<InvalidParam> errors = new ArrayList<>();
        for (Error error : operation.document().validate(schema, value, SchemaConverter.Direction.REQUEST)) {
            errors.add(toParam(error, null));
        }
        if (!errors.isEmpty()) {
            throw ZgwException.validation(dedupe(errors));
        }
        return value;
    }

    /** Returns what is wrong with a response of the fake itself (empty when it matches the document). */
    List<String> validateResponse(OpenApiDocument.Operation operation, int status, String contentType, byte[] body) {
        JsonNode responses = operation.node().path("responses");
        JsonNode response = operation.document().resolve(responses.get(String.valueOf(status)));
        if (response == null) {
            response = operation.document().resolve(responses.get("default"));
        }
        String where = operation.method() + " " + operation.template() + " -> " + status + ": ";
        if (response == null) {
            return List.of(where + "status code is not in the document");
        }
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            return body.length == 0 ? List.of() : List.of(where + "the document declares no body");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = content.get(mediaType);
        if (media == null) {
            return List.of(where + "content type '" + mediaType + "' is not in the document " + content.propertyNames());
        }
        JsonNode schema = media.get("schema");
        if (schema == null || !mediaType.contains("json")) {
            return List.of();
        }
        JsonNode value;
        try {
            value = Problems.JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of(where + "body is not JSON");
        }
        return operation.document().validate(schema, value, SchemaConverter.Direction.RESPONSE).stream()
                .map(error -> where + error.getInstanceLocation() + " " + error.getMessage()).toList();
    }

    /** Validates an outgoing notification against the consumer webhook document. */
    List<String> validateNotification(JsonNode notification) {
        return webhook.validateNamed("Notificatie", notification, SchemaConverter.Direction.REQUEST).stream()
                .map(error -> error.getInstanceLocation() + " " + error.getMessage()).toList();
    }

    private List<JsonNode> parameters(OpenApiDocument.Operation operation) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode parameter : operation.node().path("parameters")) {
            result.add(operation.document().resolve(parameter));
        }
        return result;
    }

    private static InvalidParam toParam(Error error, String parameterName) {
        String name = parameterName != null ? parameterName : fieldName(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        if ("required".equals(keyword)) {
            String property = error.getProperty();
            name = name.equals("nonFieldErrors") ? property : name + "." + property;
            return new InvalidParam(name, "required", "Dit veld is vereist.");
        }
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        JsonNode instance = error.getInstanceNode();
        return switch (keyword) {
            case "maxLength" -> new InvalidParam(name, "max_length",
                    "Zorg ervoor dat dit veld niet meer dan " + first(arguments) + " karakters bevat.");
            case "minLength" -> new InvalidParam(name, "min_length",
                    "Zorg ervoor dat dit veld minimaal " + first(arguments) + " karakters bevat.");
            case "enum", "const" -> new InvalidParam(name, "invalid_choice",
                    "\"" + (instance == null ? "" : instance.asString(instance.toString())) + "\" is een ongeldige keuze.");
            case "type" -> instance != null && instance.isNull()
                    ? new InvalidParam(name, "null", "Dit veld mag niet leeg zijn.")
                    : new InvalidParam(name, "invalid", "Ongeldig type: " + error.getMessage());
            case "maximum" -> new InvalidParam(name, "max_value", error.getMessage());
            case "minimum" -> new InvalidParam(name, "min_value", error.getMessage());
            case "format" -> new InvalidParam(name, "invalid", "Voer een geldige waarde in: " + error.getMessage());
            default -> new InvalidParam(name, "invalid", error.getMessage());
        };
    }

    private static String first(Object[] arguments) {
        return arguments.length == 0 ? "?" : String.valueOf(arguments[0]);
    }

    static String fieldName(NodePath location) {
        if (location == null || location.getNameCount() == 0) {
            return "nonFieldErrors";
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(location.getElement(i));
        }
        return name.toString();
    }

    /**
     * One error per field, the first one reported (a field that is both too long and not in an enum gets
     * one entry, as Django REST framework stops at the first failing validator).
     */
    private static List<InvalidParam> dedupe(List<InvalidParam> errors) {
        Map<String, InvalidParam> byName = new LinkedHashMap<>();
        for (InvalidParam error : errors) {
            byName.putIfAbsent(error.name(), error);
        }
        return List.copyOf(byName.values());
    }
}
