package nl.naober.zgwfake;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Everything Open Zaak checks before a view runs, in its order, plus the fake's own duties: fault
 * injection, the request log, and validation of every response against the document (a response that
 * does not match is a bug in the fake: it is logged, counted in {@link FakeControl#violations()}
 * and answered as a 500, so no test can pass on it).
 */
@Component
class ZgwFilter extends OncePerRequestFilter {

    static final String CLIENT = "zgw.client";
    static final String OPERATION = "zgw.operation";
    static final String BODY = "zgw.body";
    static final String BASE_URL = "zgw.baseUrl";
    static final String NOT_SERVED = "zgw.notServed";

    private static final Logger log = LoggerFactory.getLogger(ZgwFilter.class);
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String CRS = "EPSG:4326";

    private final SpecValidation validation;
    private final JwtAuthenticator authenticator;
    private final FaultInjector faults;
    private final RequestLog requestLog;
    private final ViolationLog violations;

    ZgwFilter(SpecValidation validation, JwtAuthenticator authenticator, FaultInjector faults, RequestLog requestLog,
            ViolationLog violations) {
        this.validation = validation;
        this.authenticator = authenticator;
        this.faults = faults;
        this.requestLog = requestLog;
        this.violations = violations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ZgwApi.forPath(request.getRequestURI()).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        ZgwApi api = ZgwApi.forPath(path).orElseThrow();
        String baseUrl = baseUrl(request);
        request.setAttribute(BASE_URL, baseUrl);
        response.setHeader("API-version", api.version());
        String method = request.getMethod();
        String clientId = null;
        String injected = null;
        int status;
        try {
            FaultInjector.Decision decision = faults.decide(method, path);
            sleep(decision.delayMs());
            if (decision.failStatus() != null) {
                injected = "fault " + decision.faultId();
                throw new ZgwException(decision.failStatus(), "error", "Er is een serverfout opgetreden.",
                        "Storing nagebootst door de ZGW fake (fault " + decision.faultId() + ").", List.of());
            }
            OpenApiDocument.Operation operation = validation.operation(api, method, path)
                    .orElseThrow(ZgwException::notFound);
            ZgwFakeProperties.Client client = authenticator.authenticate(request.getHeader("Authorization"));
            clientId = client.clientId();
            checkCrs(request, validation.requiredHeaders(operation));
            if (WITH_BODY.contains(method) && operation.node().has("requestBody")) {
                String contentType = Optional.ofNullable(request.getContentType()).orElse("");
                if (!contentType.startsWith("application/json")) {
                    throw new ZgwException(415, "unsupported_media_type", "Unsupported media type.",
                            "Media type '" + contentType + "' wordt niet ondersteund.", List.of());
                }
            }
            List<InvalidParam> queryErrors = validation.validateQuery(operation, request.getParameterMap());
            if (!queryErrors.isEmpty()) {
                throw ZgwException.validation(queryErrors);
            }
            byte[] bytes = StreamUtils.copyToByteArray(request.getInputStream());
            request.setAttribute(BODY, validation.validateBody(operation, bytes));
            request.setAttribute(CLIENT, client);
            request.setAttribute(OPERATION, operation);
            status = handleAndCheck(request, response, chain, operation);
        } catch (ZgwException error) {
            Problems.write(response, error, baseUrl);
            status = error.status();
        }
        requestLog.add(new ReceivedRequest(Instant.now(), method, path, request.getQueryString(), clientId, status,
                injected));
    }

    private int handleAndCheck(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            OpenApiDocument.Operation operation) throws IOException, ServletException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        List<String> violations = request.getAttribute(NOT_SERVED) != null ? List.of()
                : validation.validateResponse(operation, wrapper.getStatus(), wrapper.getContentType(), body);
        if (!violations.isEmpty()) {
            violations.forEach(violation -> log.error("The ZGW fake's own response breaks the document: {}", violation));
            this.violations.record(violations);
            wrapper.resetBuffer();
            ZgwException error = new ZgwException(500, "fake-response-invalid", "Er is een serverfout opgetreden.",
                    "The fake's response does not match " + operation.document().name() + ": " + violations, List.of());
            Problems.write(wrapper, error, (String) request.getAttribute(BASE_URL));
        }
        int status = wrapper.getStatus();
        wrapper.copyBodyToResponse();
        return status;
    }

    /**
     * Open Zaak (vng-api-common GeoMixin): a missing Content-Crs / Accept-Crs is 412, an unsupported value
     * 406. Only on operations whose document declares the header as required.
     */
    private static void checkCrs(HttpServletRequest request, Set<String> requiredHeaders) {
        if (WITH_BODY.contains(request.getMethod()) && requiredHeaders.contains("Content-Crs")) {
            checkCrsHeader(request, "Content-Crs");
        }
        if (requiredHeaders.contains("Accept-Crs")) {
            checkCrsHeader(request, "Accept-Crs");
        }
    }

    private static void checkCrsHeader(HttpServletRequest request, String header) {
        String value = request.getHeader(header);
        if (value == null) {
            throw new ZgwException(412, "precondition_failed", "Precondition failed.",
                    "'" + header + "' header ontbreekt", List.of());
        }
        if (!CRS.equals(value)) {
            throw new ZgwException(406, "not_acceptable", "Kan niet voldoen aan de opgegeven Accept header.",
                    "CRS '" + value + "' is niet ondersteund", List.of());
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String baseUrl(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host + request.getContextPath();
    }
}
