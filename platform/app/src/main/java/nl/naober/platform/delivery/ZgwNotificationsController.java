package nl.naober.platform.delivery;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.TenantId;
import nl.naober.platform.api.Problems;
import nl.naober.platform.input.InputReader;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Notificaties API consumer webhook (notificaties-consumer-webhook 1.0.0-rc1) of one municipality:
 * its case system's Notificaties component POSTs here what changed. No user and no session: the
 * caller proves itself with {@code Authorization: Token <notificationToken>} of that municipality,
 * exactly the {@code auth} of the abonnement Naober registered ({@link ZgwSubscriptions}). The
 * {@code Token} scheme, not {@code Bearer}: a bearer value is taken by the app's resource server for
 * a user's JWT and refused before it gets here.
 *
 * <p>The token is checked before anything else (401 without one, 403 for a wrong one, an unknown
 * municipality or one without a token: the same answer, so the webhook tells nobody which
 * municipalities exist); then the body against the document's schema (400, every field at once).
 * A notification about a zaak Naober did not deliver is answered 204 and ignored, or Open
 * Notificaties would retry it. Of the body only the zaak's URL is used; the status itself is read
 * from the case system ({@link CaseStatuses}). A case system that cannot be read right now gives
 * 503, so the notification is sent again.
 */
@RestController
class ZgwNotificationsController {

    static final String PATH = "/api/v1/zgw-notificaties";
    static final String SCHEME = "Token ";
    private static final Logger log = LoggerFactory.getLogger(ZgwNotificationsController.class);
    private static final int MAX_BODY = 64 * 1024;
    private static final Set<String> STATUS_RESOURCES = Set.of("status", "zaak");

    private final TenantRegistry tenants;
    private final CaseStatuses statuses;
    private final Problems problems;
    private final InputReader input;
    private final JsonMapper json;

    ZgwNotificationsController(TenantRegistry tenants, CaseStatuses statuses, Problems problems, InputReader input,
            JsonMapper json) {
        this.tenants = tenants;
        this.statuses = statuses;
        this.problems = problems;
        this.input = input;
        this.json = json;
    }

    /** The webhook's fields as the document names them; read by hand so every problem is reported at once. */
    record Notification(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
            OffsetDateTime aanmaakdatum, Map<String, String> kenmerken) {
    }

    @PostMapping(PATH + "/{municipality}")
    ResponseEntity<?> receive(@PathVariable String municipality,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        if (authorization == null || authorization.isBlank()) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthorized", request);
        }
        Optional<TenantId> tenant = tenantWithToken(municipality, authorization);
        if (tenant.isEmpty()) {
            return problem(HttpStatus.FORBIDDEN, "forbidden", request);
        }
        if (contentType != null && !isJson(contentType)) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415", request);
        }
        Notification notification = read(body);
        if (!"zaken".equals(notification.kanaal()) || !STATUS_RESOURCES.contains(notification.resource())) {
            return ResponseEntity.noContent().build();
        }
        try {
            TenantContext.supplyAs(tenant.get(), () -> statuses.refresh(notification.hoofdObject()));
        } catch (ZgwClient.ZgwUnavailable e) {
            log.info("Case system of {} unavailable for a status read-back: {}", tenant.get().slug(), e.getMessage());
            ProblemDetail problem = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "case-system-unavailable");
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.noContent().build();
    }

    /** The municipality if it is active, delivers through ZGW with a notification token, and that token was sent. */
    private Optional<TenantId> tenantWithToken(String slug, String authorization) {
        TenantId id;
        try {
            id = TenantId.of(slug);
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
        Optional<String> token = statuses.zgwOf(id).map(ZgwSettings::notificationToken).filter(t -> !t.isBlank());
        // compared in constant time (digests of equal length), whatever is configured
        boolean matches = sameSecret(authorization, SCHEME + token.orElse(""));
        if (token.isEmpty() || !matches) {
            return Optional.empty();
        }
        return tenants.find(id).filter(Tenant::isActive).map(Tenant::id);
    }

    static boolean sameSecret(String given, String expected) {
        try {
            MessageDigest a = MessageDigest.getInstance("SHA-256");
            MessageDigest b = MessageDigest.getInstance("SHA-256");
            return MessageDigest.isEqual(a.digest(given.getBytes(StandardCharsets.UTF_8)),
                    b.digest(expected.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The body against the document's {@code Notificatie} schema; every problem at once. */
    private Notification read(byte[] body) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (body == null || body.length == 0) {
            errors.add("body", input.text("notification.body.missing"));
            errors.throwIfAny();
        }
        if (body.length > MAX_BODY) {
            errors.add("body", input.text("notification.body.too-large", MAX_BODY / 1024));
            errors.throwIfAny();
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            errors.add("body", input.text("notification.body.not-an-object"));
            errors.throwIfAny();
        }
        String kanaal = text(node, "kanaal", 50, errors);
        String hoofdObject = uri(node, "hoofdObject", errors);
        String resource = text(node, "resource", 100, errors);
        String resourceUrl = uri(node, "resourceUrl", errors);
        String actie = text(node, "actie", 100, errors);
        OffsetDateTime aanmaakdatum = dateTime(node, "aanmaakdatum", errors);
        Map<String, String> kenmerken = kenmerken(node.get("kenmerken"), errors);
        errors.throwIfAny();
        return new Notification(kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken);
    }

    private String text(JsonNode node, String field, int max, InvalidInputException.Collector errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            errors.add(field, input.text("notification.field.required"));
            return null;
        }
        if (!value.isString()) {
            errors.add(field, input.text("notification.field.not-text"));
            return null;
        }
        String text = value.asString();
        int length = text.codePointCount(0, text.length());
        if (length < 1) {
            errors.add(field, input.text("notification.field.required"));
        } else if (max > 0 && length > max) {
            errors.add(field, input.text("input.too-long", max));
        }
        return text;
    }

    private String uri(JsonNode node, String field, InvalidInputException.Collector errors) {
        int before = errors.violations().size();
        String text = text(node, field, 0, errors);
        if (text == null || errors.violations().size() > before) {
            return text;
        }
        try {
            if (!new URI(text).isAbsolute()) {
                errors.add(field, input.text("notification.field.not-a-url"));
            }
        } catch (URISyntaxException e) {
            errors.add(field, input.text("notification.field.not-a-url"));
        }
        return text;
    }

    private OffsetDateTime dateTime(JsonNode node, String field, InvalidInputException.Collector errors) {
        int before = errors.violations().size();
        String text = text(node, field, 0, errors);
        if (text == null || errors.violations().size() > before) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, input.text("notification.field.not-a-date-time"));
            return null;
        }
    }

    private Map<String, String> kenmerken(JsonNode kenmerken, InvalidInputException.Collector errors) {
        if (kenmerken == null) {
            return Map.of();
        }
        if (!kenmerken.isObject()) {
            errors.add("kenmerken", input.text("notification.kenmerken.not-an-object"));
            return Map.of();
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> kenmerk : kenmerken.properties()) {
            JsonNode value = kenmerk.getValue();
            String text = value.isString() ? value.asString() : null;
            int length = text == null ? 0 : text.codePointCount(0, text.length());
            if (length < 1 || length > 1000) {
                errors.add("kenmerken", input.text("notification.kenmerken.invalid", 1000));
                return Map.of();
            }
            values.put(kenmerk.getKey(), text);
        }
        return values;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, HttpServletRequest request) {
        ProblemDetail problem = problems.of(status, key);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
