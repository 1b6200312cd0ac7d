package nl.naober.zgwfake;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes {@code Fout} / {@code ValidatieFout} bodies in Open Zaak's shape. */
final class Problems {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static ObjectNode body(ZgwException error, String baseUrl) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String type = error.isValidation() ? "ValidationError" : switch (error.status()) {
            case 401 -> "NotAuthenticated";
            case 403 -> "PermissionDenied";
            case 404 -> "NotFound";
            case 406 -> "NotAcceptable";
            case 412 -> "PreconditionFailed";
            case 415 -> "UnsupportedMediaType";
            default -> "APIException";
        };
        body.put("type", baseUrl + "/ref/fouten/" + type + "/");
        body.put("code", error.code());
        body.put("title", error.title());
        body.put("status", error.status());
        body.put("detail", error.getMessage() == null ? "" : error.getMessage());
        body.put("instance", "urn:uuid:" + UUID.randomUUID());
        if (error.isValidation()) {
            ArrayNode params = body.putArray("invalidParams");
            for (InvalidParam param : error.invalidParams()) {
                params.addObject().put("name", param.name()).put("code", param.code()).put("reason", param.reason());
            }
        }
        return body;
    }

    static void write(HttpServletResponse response, ZgwException error, String baseUrl) throws IOException {
        response.resetBuffer();
        response.setStatus(error.status());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body(error, baseUrl)));
    }
}
