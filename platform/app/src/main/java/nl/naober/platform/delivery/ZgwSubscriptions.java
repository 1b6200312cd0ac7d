package nl.naober.platform.delivery;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worker's abonnementen: each active municipality with a ZGW channel, a Notificaties API and a
 * notification token gets one abonnement at its Notificaties API, kanaal {@code zaken} filtered on
 * its RSIN ({@code bronorganisatie}), calling back its webhook with {@code auth} = {@code Token
 * <notificationToken>}. Idempotent: the abonnementen there are read first and one with the same
 * callback URL is kept, so several workers and restarts register it once. A municipality whose
 * registration failed (case system down, not provisioned yet) is tried again next round.
 */
@Component
@ConditionalOnProperty(name = "naober.delivery.worker.enabled", havingValue = "true", matchIfMissing = true)
class ZgwSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(ZgwSubscriptions.class);

    private final DeliveryProperties properties;
    private final TenantRegistry tenants;
    private final ZgwClient client;
    private final JsonMapper json;
    /** Municipalities subscribed since this worker started. */
    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

    ZgwSubscriptions(DeliveryProperties properties, TenantRegistry tenants, ZgwClient client, JsonMapper json) {
        this.properties = properties;
        this.tenants = tenants;
        this.client = client;
        this.json = json;
    }

    /** One round: registers what is missing; the number of municipalities newly registered or found registered. */
    int subscribeAll() {
        int done = 0;
        for (String slug : properties.municipalities().keySet()) {
            if (ensureSubscribed(slug)) {
                done++;
            }
        }
        return done;
    }

    /**
     * Registers the municipality's abonnement now if it has none from this worker yet: called after
     * each delivery, so that a municipality onboarded after the worker started hears of its first
     * zaak's status changes without waiting for the next round. Never throws: the zaak is delivered,
     * and a failed registration is tried again next round.
     *
     * @return whether it was newly registered or found registered
     */
    boolean ensureSubscribed(String slug) {
        URI base = properties.notifications().callbackBaseUrl();
        MunicipalityChannel channel = properties.municipalities().get(slug);
        if (base == null || channel == null || subscribed.contains(slug)) {
            return false;
        }
        ZgwSettings zgw = channel.zgw();
        if (channel.channel() != DeliveryChannel.ZGW || zgw == null
                || zgw.notificatiesUrl() == null || zgw.notificationToken() == null
                || zgw.notificationToken().isBlank() || zgw.rsin() == null || !active(slug)) {
            return false;
        }
        try {
            subscribe(zgw, callbackUrl(base, slug));
            subscribed.add(slug);
            return true;
        } catch (RuntimeException e) {
            // the token is never in the message: it only goes into the POST body
            log.warn("Abonnement for municipality {} not registered yet: {}", slug, e.getMessage());
            return false;
        }
    }

    static String callbackUrl(URI base, String slug) {
        return base.toString().replaceAll("/+$", "") + ZgwNotificationsController.PATH + "/" + slug;
    }

    private void subscribe(ZgwSettings zgw, String callbackUrl) {
        ZgwClient.Session session = client.session(zgw);
        JsonNode existing = session.get(zgw.notificatiesUrl(), "/abonnement");
        // 1.0.0 answers a plain list; a paged answer is read the same way
        for (JsonNode abonnement : existing.has("results") ? existing.get("results") : existing) {
            if (callbackUrl.equals(abonnement.path("callbackUrl").asString())) {
                return;
            }
        }
        ObjectNode body = json.createObjectNode();
        body.put("callbackUrl", callbackUrl);
        body.put("auth", ZgwNotificationsController.SCHEME + zgw.notificationToken());
        ObjectNode kanaal = body.putArray("kanalen").addObject();
        kanaal.put("naam", "zaken");
        kanaal.putObject("filters").put("bronorganisatie", zgw.rsin());
        session.post(zgw.notificatiesUrl(), "/abonnement", body);
        log.info("Abonnement registered for {}", callbackUrl);
    }

    private boolean active(String slug) {
        try {
            return tenants.find(TenantId.of(slug)).filter(Tenant::isActive).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
