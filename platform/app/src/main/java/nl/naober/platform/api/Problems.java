package nl.naober.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's problem details (RFC 9457) with texts from the message bundles, and writes
 * them where no controller is involved (security filters).
 */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem whose title and detail come from the bundle keys {@code problem.<key>.title/detail}. */
    public ProblemDetail of(HttpStatus status, String key, Object... args) {
        return withDetail(status, key, message("problem." + key + ".detail", args));
    }

    /** A problem with a detail text that is already Dutch (from a domain exception). */
    public ProblemDetail withDetail(HttpStatus status, String key, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://naober.nl/problemen/" + key));
        problem.setTitle(message("problem." + key + ".title"));
        return problem;
    }

    /** Adds the NL API {@code invalidParams} member: one entry per invalid field. */
    public ProblemDetail withInvalidParams(ProblemDetail problem, List<InvalidParam> params) {
        problem.setProperty("invalidParams", params.stream()
                .map(p -> Map.of("name", p.name(), "code", p.code(), "reason", p.reason())).toList());
        return problem;
    }

    public String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    /** Writes a problem straight to the response (used outside Spring MVC, in filters). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** One invalid field of a request. */
    public record InvalidParam(String name, String code, String reason) {
    }
}
