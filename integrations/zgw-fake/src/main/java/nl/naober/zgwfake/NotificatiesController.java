package nl.naober.zgwfake;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** ABONNEMENTen of Notificaties 1.0.0: subscribe a webhook to kanalen (zaken, documenten) with filters. */
@RestController
@RequestMapping("/notificaties/api/v1")
class NotificatiesController {

    private final Notifier notifier;

    NotificatiesController(Notifier notifier) {
        this.notifier = notifier;
    }

    @PostMapping("/abonnement")
    ResponseEntity<JsonNode> subscribe(HttpServletRequest request) {
        JsonNode body = Http.body(request);
        String uuid = UUID.randomUUID().toString();
        ObjectNode abonnement = JsonNodeFactory.instance.objectNode();
        abonnement.put("url", Http.baseUrl(request) + "/notificaties/api/v1/abonnement/" + uuid);
        abonnement.put("callbackUrl", body.path("callbackUrl").asString());
        abonnement.put("auth", body.path("auth").asString());
        abonnement.set("kanalen", body.path("kanalen").deepCopy());
        notifier.subscribe(abonnement);
        return Http.created(abonnement.deepCopy());
    }

    @GetMapping("/abonnement")
    ResponseEntity<JsonNode> abonnementen() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        notifier.abonnementen().forEach(list::add);
        return ResponseEntity.ok(list);
    }

    @GetMapping("/abonnement/{uuid}")
    ResponseEntity<JsonNode> abonnement(@PathVariable String uuid) {
        return ResponseEntity.ok(notifier.abonnementen().stream()
                .filter(abonnement -> abonnement.path("url").asString().endsWith("/" + uuid)).findFirst()
                .<JsonNode>map(ObjectNode::deepCopy).orElseThrow(ZgwException::notFound));
    }
}
