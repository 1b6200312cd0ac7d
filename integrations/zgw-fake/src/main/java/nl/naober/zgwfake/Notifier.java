package nl.naober.zgwfake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Notificaties side: keeps abonnementen and, when a resource is created, POSTs a notification to every
 * subscriber whose kanaal and filters match, with the subscriber's own {@code auth} value as
 * Authorization header. Every notification is validated against the consumer webhook document before it
 * leaves. Delivery is asynchronous; a failed attempt (no answer or not 2xx) is retried with a doubling wait,
 * up to {@link ZgwFakeProperties#notificationAttempts()} attempts, as Open Notificaties does. Every attempt
 * is recorded ({@link FakeControl#notifications()}).
 */
@Component
class Notifier implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);


    private final List<ObjectNode> abonnementen = new CopyOnWriteArrayList<>();
    private final List<NotificationDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http;
    private final SpecValidation validation;
    private final ZgwFakeProperties properties;
    private final ViolationLog violations;

    Notifier(SpecValidation validation, ZgwFakeProperties properties, ViolationLog violations) {
        this.validation = validation;
        this.properties = properties;
        this.violations = violations;
        this.http = HttpClient.newBuilder().connectTimeout(properties.notificationTimeout()).build();
    }

    void subscribe(ObjectNode abonnement) {
        abonnementen.add(abonnement);
    }

    List<ObjectNode> abonnementen() {
        return List.copyOf(abonnementen);
    }

    List<NotificationDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    void reset() {
        abonnementen.clear();
        deliveries.clear();
    }

    void publish(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
            Map<String, String> kenmerken) {
        ObjectNode notification = JsonNodeFactory.instance.objectNode();
        notification.put("kanaal", kanaal);
        notification.put("hoofdObject", hoofdObject);
        notification.put("resource", resource);
        notification.put("resourceUrl", resourceUrl);
        notification.put("actie", actie);
        notification.put("aanmaakdatum",
                OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        ObjectNode kenmerkenNode = notification.putObject("kenmerken");
        kenmerken.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                kenmerkenNode.put(key, value);
            }
        });
        List<String> problems = validation.validateNotification(notification);
        if (!problems.isEmpty()) {
            log.error("The ZGW fake's notification breaks the webhook document: {}", problems);
            violations.record(problems);
            return;
        }
        for (ObjectNode abonnement : abonnementen) {
            if (matches(abonnement, kanaal, kenmerken)) {
                executor.submit(() -> deliver(abonnement, notification));
            }
        }
    }

    static boolean matches(JsonNode abonnement, String kanaal, Map<String, String> kenmerken) {
        for (JsonNode filterGroup : abonnement.path("kanalen")) {
            if (!kanaal.equals(filterGroup.path("naam").asString())) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, JsonNode> filter : filterGroup.path("filters").properties()) {
                String wanted = filter.getValue().asString();
                if (!"*".equals(wanted) && !wanted.equals(kenmerken.get(filter.getKey()))) {
                    all = false;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private void deliver(JsonNode abonnement, JsonNode notification) {
        long wait = properties.notificationRetryDelay().toMillis();
        for (int attempt = 1; attempt <= properties.notificationAttempts(); attempt++) {
            if (attempt(abonnement, notification, attempt)) {
                return;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait *= 2;
        }
    }

    private boolean attempt(JsonNode abonnement, JsonNode notification, int attempt) {
        String callbackUrl = abonnement.path("callbackUrl").asString();
        String authorization = abonnement.path("auth").asString();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl))
                    .timeout(properties.notificationTimeout())
                    .header("Content-Type", "application/json")
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Problems.JSON.writeValueAsBytes(notification)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            deliveries.add(new NotificationDelivery(Instant.now(), callbackUrl, authorization, notification, attempt,
                    response.statusCode(), null));
            return response.statusCode() / 100 == 2;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Notification to {} failed (attempt {}): {}", callbackUrl, attempt, e.toString());
            deliveries.add(new NotificationDelivery(Instant.now(), callbackUrl, authorization, notification, attempt, 0,
                    e.toString()));
            return false;
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

}
