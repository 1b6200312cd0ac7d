package nl.naober.gateway.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own error answers: {@code application/problem+json} (RFC 9457) for API and XHR
 * calls, a plain HTML page without any technical detail for browser navigations. Texts come from
 * the message bundles, Dutch unless the client asks for English.
 */
@Component
public class ErrorResponses {

    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final MessageSource messages;
    private final JsonMapper json;
    private final AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();

    ErrorResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
        locales.setDefaultLocale(Locale.forLanguageTag("nl"));
        locales.setSupportedLocales(List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH));
    }

    /** An error answer rendered for one request. */
    public record Rendered(HttpStatus status, MediaType contentType, String body) {
    }

    /**
     * Renders the error {@code problem.<key>}: title and detail from the bundles, the detail
     * formatted with {@code args}.
     */
    public Rendered render(HttpServletRequest request, HttpStatus status, String key, Object... args) {
        Locale locale = locales.resolveLocale(request);
        String title = message("problem." + key + ".title", locale);
        String detail = message("problem." + key + ".detail", locale, args);
        if (RequestKind.isApiCall(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://naober.nl/problemen/" + key);
            problem.put("title", title);
            problem.put("status", status.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            return new Rendered(status, PROBLEM_JSON, json.writeValueAsString(problem));
        }
        return new Rendered(status, HTML, page(locale, title, detail));
    }

    /** Writes the error straight to the servlet response (security filters, outside routing). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... args) throws IOException {
        Rendered rendered = render(request, status, key, args);
        response.setStatus(status.value());
        response.setContentType(rendered.contentType().toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(rendered.body());
    }

    /** The error as a functional response (inside gateway routes). */
    public ServerResponse response(HttpServletRequest request, HttpStatus status, String key, Object... args) {
        return response(request, status, headers -> { }, key, args);
    }

    /** The error as a functional response with extra headers (such as {@code Retry-After}). */
    public ServerResponse response(HttpServletRequest request, HttpStatus status, Consumer<HttpHeaders> headers,
            String key, Object... args) {
        Rendered rendered = render(request, status, key, args);
        return ServerResponse.status(status).headers(headers).contentType(rendered.contentType())
                .body(rendered.body());
    }

    private String page(Locale locale, String title, String detail) {
        String home = message("page.home", locale);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s — Naober</title>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), escape(title), escape(title), escape(detail), escape(home));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
