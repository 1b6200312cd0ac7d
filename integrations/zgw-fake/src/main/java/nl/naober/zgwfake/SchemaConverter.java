package nl.naober.zgwfake;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the OpenAPI 3.0 schema objects of a ZGW document into JSON Schema 2019-09, once per direction.
 *
 * <p>OpenAPI 3.0 is not JSON Schema: {@code nullable} is its own keyword, {@code readOnly} properties are
 * listed in {@code required} although a client must not send them, and a {@code discriminator} selects a
 * sub-schema. A generic validator gets all three wrong, so they are rewritten here:
 * <ul>
 *   <li>{@code nullable: true} becomes "or null";</li>
 *   <li>in requests, {@code readOnly} properties are dropped from {@code required} and accept anything
 *       (Open Zaak ignores them, as Django REST framework does); in responses {@code writeOnly} ones are
 *       dropped from {@code required};</li>
 *   <li>a {@code discriminator} mapping becomes {@code if/then} on the property value;</li>
 *   <li>{@code format: uri} accepts the empty string when the field has no {@code minLength}, because
 *       Open Zaak stores optional URLs as {@code ""} (Django's blank URL fields) and sends them back.</li>
 * </ul>
 * Only formats that Open Zaak checks the same way are asserted (uri, date, date-time, uuid); {@code email}
 * is not: the validator's e-mail check rejects reserved test domains such as {@code .example} that
 * Django accepts.
 *
 * <p>"Or null" and "or empty" are written as {@code if/else} rather than {@code anyOf}, so that a wrong value
 * is reported with the specific keyword (maxLength, enum, ...) and not as a failed alternative.
 */
final class SchemaConverter {

    enum Direction { REQUEST, RESPONSE }

    private static final Set<String> ASSERTED_FORMATS = Set.of("uri", "date", "date-time", "uuid");
    private static final Set<String> DROPPED = Set.of("nullable", "readOnly", "writeOnly", "discriminator", "xml",
            "example", "externalDocs", "deprecated", "title", "description", "format");
    private static final String REF_PREFIX = "#/components/schemas/";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final JsonNode componentSchemas;
    private final Direction direction;

    SchemaConverter(JsonNode componentSchemas, Direction direction) {
        this.componentSchemas = componentSchemas;
        this.direction = direction;
    }

    /** All component schemas converted, to be used as {@code $defs} of a 2019-09 document. */
    ObjectNode definitions() {
        ObjectNode defs = nodes.objectNode();
        for (Map.Entry<String, JsonNode> entry : componentSchemas.properties()) {
            defs.set(entry.getKey(), convertNamed(entry.getKey(), entry.getValue()));
        }
        if (direction == Direction.RESPONSE) {
            applyErrata(defs);
        }
        return defs;
    }

    /**
     * Known errata of catalogi-api-1.3.1.yaml: drf-spectacular typed two read-only list fields as
     * {@code string}, while Open Zaak (and every other implementation) answers with a list of URLs. The
     * fake answers like Open Zaak, so the response schema is corrected for exactly these two fields.
     */
    private void applyErrata(ObjectNode defs) {
        fixUrlList(defs, "ZaakType", "informatieobjecttypen");
        fixUrlList(defs, "InformatieObjectType", "zaaktypen");
    }

    private void fixUrlList(ObjectNode defs, String schema, String property) {
        JsonNode properties = defs.path(schema).path("properties");
        if (properties instanceof ObjectNode object && object.has(property)) {
            ObjectNode list = nodes.objectNode().put("type", "array");
            list.putObject("items").put("type", "string").put("format", "uri");
            object.set(property, list);
        }
    }

    private JsonNode convertNamed(String name, JsonNode schema) {
        JsonNode converted = convert(schema);
        JsonNode discriminator = schema.get("discriminator");
        if (discriminator == null || !discriminator.has("mapping") || !(converted instanceof ObjectNode object)) {
            return converted;
        }
        String property = discriminator.get("propertyName").asString();
        ArrayNode branches = nodes.arrayNode();
        for (Map.Entry<String, JsonNode> mapping : discriminator.get("mapping").properties()) {
            String target = mapping.getValue().asString().substring(REF_PREFIX.length());
            ObjectNode branch = nodes.objectNode();
            branch.putObject("if").putObject("properties").putObject(property).put("const", mapping.getKey());
            // the mapped schema is "allOf: [this schema, extra]": only the extra part, or it would recurse
            ArrayNode extras = nodes.arrayNode();
            JsonNode mapped = componentSchemas.get(target);
            if (mapped != null && mapped.has("allOf")) {
                for (JsonNode part : mapped.get("allOf")) {
                    if (!(REF_PREFIX + name).equals(part.path("$ref").asString(""))) {
                        extras.add(convert(part));
                    }
                }
            }
            branch.putObject("then").set("allOf", extras);
            branches.add(branch);
        }
        ObjectNode combined = nodes.objectNode();
        ArrayNode allOf = combined.putArray("allOf");
        allOf.add(object);
        allOf.addAll(branches);
        return combined;
    }

    JsonNode convert(JsonNode schema) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            ObjectNode out = nodes.objectNode();
            out.put("$ref", ref.startsWith(REF_PREFIX) ? "#/$defs/" + ref.substring(REF_PREFIX.length()) : ref);
            return out;
        }
        ObjectNode out = nodes.objectNode();
        Set<String> skippedRequired = new HashSet<>();
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (DROPPED.contains(key) || key.startsWith("x-")) {
                continue;
            }
            switch (key) {
                case "properties" -> {
                    ObjectNode properties = out.putObject("properties");
                    for (Map.Entry<String, JsonNode> property : value.properties()) {
                        JsonNode propertySchema = property.getValue();
                        if (ignoredHere(propertySchema)) {
                            skippedRequired.add(property.getKey());
                            properties.put(property.getKey(), true);
                        } else {
                            properties.set(property.getKey(), convert(propertySchema));
                        }
                    }
                }
                case "items", "not", "additionalProperties" ->
                        out.set(key, value.isObject() ? convert(value) : value.deepCopy());
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode parts = out.putArray(key);
                    value.forEach(part -> parts.add(convert(part)));
                }
                default -> out.set(key, value.deepCopy());
            }
        }
        if (out.has("required") && !skippedRequired.isEmpty()) {
            ArrayNode required = nodes.arrayNode();
            for (JsonNode name : out.get("required")) {
                if (!skippedRequired.contains(name.asString())) {
                    required.add(name);
                }
            }
            out.set("required", required);
        }
        String format = schema.path("format").asString("");
        JsonNode result = out;
        if (ASSERTED_FORMATS.contains(format)) {
            if ("uri".equals(format) && schema.path("minLength").asInt(0) == 0) {
                out.putObject("if").put("const", "");
                out.putObject("else").put("format", "uri");
            } else {
                out.put("format", format);
            }
        }
        if (schema.path("nullable").asBoolean(false)) {
            result = nullable(out);
        }
        return result;
    }

    private boolean ignoredHere(JsonNode propertySchema) {
        return direction == Direction.REQUEST
                ? propertySchema.path("readOnly").asBoolean(false)
                : propertySchema.path("writeOnly").asBoolean(false);
    }

    private JsonNode nullable(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString() && !schema.has("enum")) {
            ArrayNode types = nodes.arrayNode();
            types.add(type.asString());
            types.add("null");
            schema.set("type", types);
            // keywords like maxLength/format only constrain their own type, so null passes them
            return schema;
        }
        if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
            if (type != null && type.isString()) {
                schema.set("type", nodes.arrayNode().add(type.asString()).add("null"));
            }
            return schema;
        }
        ObjectNode either = nodes.objectNode();
        either.putObject("if").put("type", "null");
        either.set("else", schema);
        return either;
    }
}
