package nl.naober.zgwfake;

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

/** The part of Zaken 1.5.1 that a delivery needs; the rules are in {@link ZakenService}. */
@RestController
@RequestMapping(ZakenService.PATH)
class ZakenController {

    private final ZakenService zaken;

    ZakenController(ZakenService zaken) {
        this.zaken = zaken;
    }

    @PostMapping("/zaken")
    ResponseEntity<JsonNode> createZaak(HttpServletRequest request) {
        return crs(Http.created(zaken.createZaak(Http.body(request), Http.client(request), Http.baseUrl(request))));
    }

    @GetMapping("/zaken")
    ResponseEntity<JsonNode> zaken(HttpServletRequest request) {
        return crs(ResponseEntity.ok(Page.of(zaken.zaken(Http.filters(request), Http.client(request)),
                request.getParameter("page"), Http.requestUrl(request))));
    }

    @GetMapping("/zaken/{uuid}")
    ResponseEntity<JsonNode> zaak(@PathVariable String uuid, HttpServletRequest request) {
        return crs(ResponseEntity.ok(zaken.zaak(uuid, Http.client(request))));
    }

    @PostMapping("/rollen")
    ResponseEntity<JsonNode> createRol(HttpServletRequest request) {
        return Http.created(zaken.createRol(Http.body(request), Http.client(request), Http.baseUrl(request)));
    }

    @GetMapping("/rollen")
    ResponseEntity<JsonNode> rollen(HttpServletRequest request) {
        return ResponseEntity.ok(Page.of(zaken.rollen(Http.filters(request), Http.client(request)),
                request.getParameter("page"), Http.requestUrl(request)));
    }

    @GetMapping("/rollen/{uuid}")
    ResponseEntity<JsonNode> rol(@PathVariable String uuid, HttpServletRequest request) {
        return ResponseEntity.ok(zaken.rollen.copy(uuid)
                .filter(rol -> visible(rol, request)).orElseThrow(ZgwException::notFound));
    }

    @PostMapping("/zaken/{zaakUuid}/zaakeigenschappen")
    ResponseEntity<JsonNode> createZaakEigenschap(@PathVariable String zaakUuid, HttpServletRequest request) {
        return Http.created(zaken.createZaakEigenschap(zaakUuid, Http.body(request), Http.client(request),
                Http.baseUrl(request)));
    }

    @GetMapping("/zaken/{zaakUuid}/zaakeigenschappen")
    ResponseEntity<JsonNode> zaakeigenschappen(@PathVariable String zaakUuid, HttpServletRequest request) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        zaken.zaakeigenschappen(zaakUuid, Http.client(request), Http.baseUrl(request)).forEach(list::add);
        return ResponseEntity.ok(list);
    }

    @PostMapping("/statussen")
    ResponseEntity<JsonNode> createStatus(HttpServletRequest request) {
        return Http.created(zaken.createStatus(Http.body(request), Http.client(request), Http.baseUrl(request)));
    }

    @GetMapping("/statussen")
    ResponseEntity<JsonNode> statussen(HttpServletRequest request) {
        return ResponseEntity.ok(Page.of(zaken.statussen(Http.filters(request), Http.client(request)),
                request.getParameter("page"), Http.requestUrl(request)));
    }

    @GetMapping("/statussen/{uuid}")
    ResponseEntity<JsonNode> status(@PathVariable String uuid, HttpServletRequest request) {
        return ResponseEntity.ok(zaken.statussen.copy(uuid)
                .filter(status -> visible(status, request)).orElseThrow(ZgwException::notFound));
    }

    @PostMapping("/zaakinformatieobjecten")
    ResponseEntity<JsonNode> createZaakInformatieObject(HttpServletRequest request) {
        return Http.created(zaken.createZaakInformatieObject(Http.body(request), Http.client(request),
                Http.baseUrl(request)));
    }

    @GetMapping("/zaakinformatieobjecten")
    ResponseEntity<JsonNode> zaakinformatieobjecten(HttpServletRequest request) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        zaken.zaakinformatieobjecten(Http.filters(request), Http.client(request)).forEach(list::add);
        return ResponseEntity.ok(list);
    }

    @GetMapping("/zaakinformatieobjecten/{uuid}")
    ResponseEntity<JsonNode> zaakinformatieobject(@PathVariable String uuid, HttpServletRequest request) {
        return ResponseEntity.ok(zaken.zaakinformatieobjecten.copy(uuid)
                .filter(zio -> visible(zio, request)).orElseThrow(ZgwException::notFound));
    }

    private boolean visible(JsonNode child, HttpServletRequest request) {
        String zaakUrl = child.path("zaak").asString();
        return zaken.liveZaak(zaakUrl.substring(zaakUrl.lastIndexOf('/') + 1), Http.client(request)).isPresent();
    }

    /** Open Zaak answers geo-aware resources with the CRS it used. */
    private static ResponseEntity<JsonNode> crs(ResponseEntity<JsonNode> response) {
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header("Content-Crs", "EPSG:4326").body(response.getBody());
    }
}
